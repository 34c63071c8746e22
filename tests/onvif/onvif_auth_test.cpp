#include "impl/sim_auth.h"
#include "sim_fixture.h"

#include <QCryptographicHash>

using namespace pontive::onvif;
using namespace std::chrono_literals;

TEST_CASE("a wrong password gives not authorized", "[onvif][auth]")
{
    const auto mode = GENERATE(SimAuthMode::Any, SimAuthMode::WsseOnly, SimAuthMode::DigestOnly);
    auto config = SimFixture::camera(QStringLiteral("Locked"));
    config.authMode = mode;
    SimFixture sim({config});
    auto client = sim.client(0, {QStringLiteral("admin"), QStringLiteral("wrong")});
    auto info = client->deviceInformation();
    REQUIRE_FALSE(info.has_value());
    CHECK(info.error().code == pontive::ErrorCode::NotAuthorized);
    CHECK_FALSE(info.error().message.isEmpty());
}

TEST_CASE("a wrong user name gives not authorized", "[onvif][auth]")
{
    SimFixture sim;
    auto client = sim.client(0, {QStringLiteral("intruder"), QStringLiteral("secret")});
    auto info = client->deviceInformation();
    REQUIRE_FALSE(info.has_value());
    CHECK(info.error().code == pontive::ErrorCode::NotAuthorized);
}

TEST_CASE("a request without credentials is refused but the clock can be read", "[onvif][auth]")
{
    SimFixture sim;
    OnvifClient anonymous(sim.server.deviceUrl(0), {});
    CHECK(anonymous.syncClock().has_value());
    auto info = anonymous.deviceInformation();
    REQUIRE_FALSE(info.has_value());
    CHECK(info.error().code == pontive::ErrorCode::NotAuthorized);
}

TEST_CASE("a camera clock off by an hour, a day or ten years still works after the skew sync", "[onvif][auth]")
{
    const auto skew = GENERATE(std::chrono::seconds(3600), std::chrono::seconds(-86400),
                               std::chrono::seconds(10LL * 365 * 86400));
    auto config = SimFixture::camera(QStringLiteral("Skewed"));
    config.clockSkew = skew;
    config.authMode = SimAuthMode::WsseOnly;  // the token's Created is what is checked
    SimFixture sim({config});
    auto client = sim.client();
    auto info = client->deviceInformation();
    REQUIRE(info.has_value());
    REQUIRE(client->clockSkew().has_value());
    CHECK(std::abs((*client->clockSkew() - skew).count()) <= 2);
    CHECK(client->absoluteMove(QStringLiteral("main"), {0.1, 0.1, 0.1}).has_value());
}

TEST_CASE("a camera whose clock jumps after the first sync is resynced once on the auth fault", "[onvif][auth]")
{
    auto config = SimFixture::camera(QStringLiteral("Jumpy"));
    config.authMode = SimAuthMode::WsseOnly;
    SimFixture sim({config});
    auto client = sim.client();
    REQUIRE(client->deviceInformation().has_value());
    sim.server.setClockSkew(0, std::chrono::hours(-48));
    auto info = client->deviceInformation();
    REQUIRE(info.has_value());
    CHECK(std::abs((*client->clockSkew() + std::chrono::hours(48)).count()) <= 2);
}

TEST_CASE("a camera that only takes HTTP digest is answered after its 401 challenge", "[onvif][auth]")
{
    auto config = SimFixture::camera(QStringLiteral("Digest"));
    config.authMode = SimAuthMode::DigestOnly;
    SimFixture sim({config});
    auto client = sim.client();
    REQUIRE(client->deviceInformation().has_value());
    // The digest session is kept: the next call needs no new challenge.
    const int before = sim.server.requestCount();
    REQUIRE(client->ptzStatus(QStringLiteral("main")).has_value());
    CHECK(sim.server.requestCount() - before <= 3);  // GetServices, GetStatus (+ at most one retry)
}

TEST_CASE("the simulator accepts a token digest only within 300 s of its clock", "[onvif][auth]")
{
    const QByteArray nonce = QByteArray("0123456789abcdef").toBase64();
    const QDateTime cameraNow = QDateTime::currentDateTimeUtc();
    auto digestAt = [&](const QDateTime &created, const QByteArray &password) {
        const QByteArray stamp = created.toString(Qt::ISODate).toLatin1();
        QCryptographicHash sha1(QCryptographicHash::Sha1);
        sha1.addData(QByteArray::fromBase64(nonce));
        sha1.addData(stamp);
        sha1.addData(password);
        return std::pair{stamp, sha1.result().toBase64()};
    };
    using pontive::onvif::impl::verifyUsernameTokenDigest;
    for (const int offset : {-299, 0, 299}) {
        const auto [stamp, digest] = digestAt(cameraNow.addSecs(offset), "secret");
        CHECK(verifyUsernameTokenDigest(nonce, stamp, "secret", digest, cameraNow, 300s));
    }
    for (const int offset : {-301, 301, 86400}) {
        const auto [stamp, digest] = digestAt(cameraNow.addSecs(offset), "secret");
        CHECK_FALSE(verifyUsernameTokenDigest(nonce, stamp, "secret", digest, cameraNow, 300s));
    }
    const auto [stamp, digest] = digestAt(cameraNow, "wrong");
    CHECK_FALSE(verifyUsernameTokenDigest(nonce, stamp, "secret", digest, cameraNow, 300s));
    CHECK_FALSE(verifyUsernameTokenDigest(nonce, "not a date", "secret", digest, cameraNow, 300s));
}
