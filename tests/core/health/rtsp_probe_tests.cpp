#include "catch_qt.h"
#include "fake_rtsp_server.h"
#include "health_fixtures.h"

#include "health/rtsp_auth.h"
#include "health/rtsp_camera_probe.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>

#include <optional>

using namespace pontive::core;
using pontive::test::FakeRtspServer;
using namespace std::chrono_literals;

namespace {

ProbeResult probeNow(const QString &url, const QString &user = {}, const QString &password = {},
                     std::chrono::milliseconds timeout = 2s)
{
    std::optional<ProbeResult> result;
    RtspCameraProbe probe(timeout);
    probe.start(ProbeTarget{1, QStringLiteral("cam"), url, user, password, {}},
                [&result](const ProbeResult &r) { result = r; });
    REQUIRE(pontive::test::spinUntil([&] { return result.has_value(); }, timeout + 5s));
    return *result;
}

QString fakeUrl(const FakeRtspServer &server)
{
    return QStringLiteral("rtsp://127.0.0.1:%1/cam/001/sub").arg(server.port());
}

QStringList g_logged;
QMutex g_logMutex;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_logged << message;
}

} // namespace

TEST_CASE("digest response matches the RFC 2617 example", "[health][rtsp]")
{
    CHECK(RtspAuth::digestResponse("Mufasa", "testrealm@host.com", "Circle Of Life", "GET", "/dir/index.html",
                                   "dcd98b7102dd2f0e8b11d0f600bfb0c093", "auth", "00000001", "0a4f113b")
          == "6629fae49393a05397450978507c4ef1");
}

TEST_CASE("the RTSP client prefers Digest over Basic and counts the nonce", "[health][rtsp]")
{
    RtspAuth auth;
    auth.setCredentials(QStringLiteral("viewer"), QStringLiteral("pw"));
    REQUIRE(auth.setChallenges({"Basic realm=\"x\"", "Digest realm=\"r, with comma\", nonce=\"n1\", qop=\"auth,auth-int\""}));
    CHECK(auth.scheme() == RtspAuth::Scheme::Digest);
    auth.setClientNonce("c");
    const QByteArray first = auth.authorization("DESCRIBE", "rtsp://h/p");
    CHECK(first.contains("realm=\"r, with comma\""));
    CHECK(first.contains("nc=00000001"));
    CHECK(auth.authorization("DESCRIBE", "rtsp://h/p").contains("nc=00000002"));
    RtspAuth basic;
    basic.setCredentials(QStringLiteral("a"), QStringLiteral("b"));
    REQUIRE(basic.setChallenges({"Basic realm=\"x\""}));
    CHECK(basic.authorization("OPTIONS", "rtsp://h/p") == "Basic YTpi");
}

TEST_CASE("a closed port is classified as refused", "[health][rtsp]")
{
    const auto r = probeNow(QStringLiteral("rtsp://127.0.0.1:%1/cam/001/sub").arg(pontive::test::closedLoopbackPort()));
    CHECK_FALSE(r.ok);
    CHECK(r.symptom == ProbeSymptom::Refused);
}

TEST_CASE("a server that accepts and never answers is classified as timeout within the probe timeout", "[health][rtsp]")
{
    FakeRtspServer server(FakeRtspServer::Mode::Silent);
    QElapsedTimer timer;
    timer.start();
    const auto r = probeNow(fakeUrl(server), {}, {}, 700ms);
    CHECK(r.symptom == ProbeSymptom::Timeout);
    CHECK(timer.elapsed() < 2000);
}

TEST_CASE("a reply that is not RTSP is classified as stream error", "[health][rtsp]")
{
    FakeRtspServer server(FakeRtspServer::Mode::Garbage);
    const auto r = probeNow(fakeUrl(server));
    CHECK(r.symptom == ProbeSymptom::StreamError);
}

TEST_CASE("a 401 digest challenge is answered and the right password gets the SDP", "[health][rtsp]")
{
    FakeRtspServer server;
    server.requireDigest("viewer", "k4mera!");
    const auto ok = probeNow(fakeUrl(server), QStringLiteral("viewer"), QStringLiteral("k4mera!"));
    CHECK(ok.ok);
    CHECK(server.authorizedRequests() == 1);
    // Credentials in the URL work too when the camera has none of its own.
    CHECK(probeNow(QStringLiteral("rtsp://viewer:k4mera%21@127.0.0.1:%1/cam/001/sub").arg(server.port())).ok);
    const auto wrong = probeNow(fakeUrl(server), QStringLiteral("viewer"), QStringLiteral("nope"));
    CHECK(wrong.symptom == ProbeSymptom::Auth);
    const auto none = probeNow(fakeUrl(server));
    CHECK(none.symptom == ProbeSymptom::Auth);
}

TEST_CASE("a probe never writes the camera's password to the log", "[health][rtsp]")
{
    const QString canary = QStringLiteral("Canary-7f3a9");
    // Every pontive category on, whatever QT_LOGGING_RULES the run set: the test must
    // see the log lines to prove the password is not in them.
    static QLoggingCategory::CategoryFilter previousFilter = nullptr;
    previousFilter = QLoggingCategory::installFilter([](QLoggingCategory *category) {
        if (previousFilter)
            previousFilter(category);
        if (qstrncmp(category->categoryName(), "pontive.", 8) == 0) {
            category->setEnabled(QtDebugMsg, true);
            category->setEnabled(QtInfoMsg, true);
        }
    });
    g_logged.clear();
    const auto previous = qInstallMessageHandler(collect);
    FakeRtspServer server;
    server.requireDigest("viewer", "other");
    probeNow(QStringLiteral("rtsp://viewer:%1@127.0.0.1:%2/cam/001/sub").arg(canary).arg(server.port()));
    probeNow(QStringLiteral("rtsp://viewer:%1@127.0.0.1:%2/x").arg(canary).arg(pontive::test::closedLoopbackPort()));
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(previousFilter);
    REQUIRE_FALSE(g_logged.isEmpty());
    for (const QString &line : g_logged)
        CHECK_FALSE(line.contains(canary));
}

TEST_CASE("a 503 Service Unavailable is classified as refused", "[health][rtsp]")
{
    FakeRtspServer server(FakeRtspServer::Mode::Unavailable);
    CHECK(probeNow(fakeUrl(server)).symptom == ProbeSymptom::Refused);
}

TEST_CASE("probes of the real simulator: online, not found, digest, hung and stopped", "[health][rtsp][camsim]")
{
    if (!pontive::test::HealthCamsim::available()) {
        WARN("pontive-camsim is not built here: the RTSP success paths were not tested against a real server");
        return;
    }
    pontive::test::HealthCamsim sim;
    REQUIRE(sim.isReady());
    const auto online = probeNow(sim.url(1));
    INFO(online.detail.toStdString());
    CHECK(online.ok);
    CHECK(probeNow(sim.url(2, QStringLiteral("main"))).ok);
    CHECK(probeNow(sim.url(9)).symptom == ProbeSymptom::NotFound);

    // A hung camera: the kernel accepts, nothing answers.
    sim.freeze(true);
    CHECK(probeNow(sim.url(1), {}, {}, 700ms).symptom == ProbeSymptom::Timeout);
    sim.freeze(false);
    CHECK(probeNow(sim.url(1)).ok);
    // A camera whose RTSP service is gone: the port refuses.
    sim.kill();
    CHECK(probeNow(sim.url(1)).symptom == ProbeSymptom::Refused);

    pontive::test::HealthCamsim secured({QStringLiteral("--user"), QStringLiteral("viewer"), QStringLiteral("--password"),
                                         QStringLiteral("s3cret")});
    REQUIRE(secured.isReady());
    CHECK(probeNow(secured.url(1), QStringLiteral("viewer"), QStringLiteral("s3cret")).ok);
    CHECK(probeNow(secured.url(1), QStringLiteral("viewer"), QStringLiteral("wrong")).symptom == ProbeSymptom::Auth);
    CHECK(probeNow(secured.url(1)).symptom == ProbeSymptom::Auth);
}
