#include "async_onvif_client.h"
#include "sim_fixture.h"
#include "sim_ptz_model.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <thread>

using namespace pontive::onvif;
using namespace std::chrono_literals;

namespace {
const QString kProfile = QStringLiteral("main");
}

TEST_CASE("every PTZ operation reaches the simulated camera and is reported back", "[onvif][ptz]")
{
    SimFixture sim;
    auto client = sim.client();

    REQUIRE(client->absoluteMove(kProfile, {0.5, -0.25, 0.5}).has_value());
    auto status = client->ptzStatus(kProfile);
    REQUIRE(status.has_value());
    CHECK(status->position.pan == Approx(0.5));
    CHECK(status->position.tilt == Approx(-0.25));
    CHECK(status->position.zoom == Approx(0.5));
    CHECK(status->panTilt == PtzMoveState::Idle);
    CHECK(std::abs(status->utcTime.secsTo(QDateTime::currentDateTimeUtc())) <= 2);

    REQUIRE(client->relativeMove(kProfile, {-0.25, 0.25, 0}).has_value());
    CHECK(sim.server.ptzState(0)->pan == Approx(0.25));
    CHECK(sim.server.ptzState(0)->tilt == Approx(0));

    auto token = client->setPreset(kProfile, QStringLiteral("Gate"));
    REQUIRE(token.has_value());
    auto renamed = client->setPreset(kProfile, QStringLiteral("Gate 2"), *token);
    REQUIRE(renamed.has_value());
    CHECK(*renamed == *token);
    auto presets = client->presets(kProfile);
    REQUIRE(presets.has_value());
    REQUIRE(presets->size() == 1);
    CHECK(presets->front().name == QStringLiteral("Gate 2"));
    REQUIRE(presets->front().position.has_value());
    CHECK(presets->front().position->pan == Approx(0.25));

    REQUIRE(client->gotoHome(kProfile).has_value());
    CHECK(*sim.server.ptzState(0) == PtzVector{});
    REQUIRE(client->gotoPreset(kProfile, *token).has_value());
    CHECK(sim.server.ptzState(0)->pan == Approx(0.25));
    REQUIRE(client->removePreset(kProfile, *token).has_value());
    auto gone = client->gotoPreset(kProfile, *token);
    REQUIRE_FALSE(gone.has_value());
    CHECK(gone.error().code == pontive::ErrorCode::Refused);
    CHECK(gone.error().message.contains(QStringLiteral("No such preset")));

    auto ranges = client->ptzRanges(kProfile);
    REQUIRE(ranges.has_value());
    CHECK(ranges->panPosition.min == Approx(-1));
    CHECK(ranges->zoomPosition.max == Approx(1));
    CHECK(ranges->panVelocity.max == Approx(1));
    CHECK(ranges->maxPresets == SimPtzModel::kMaxPresets);
    CHECK(ranges->homeSupported);
    REQUIRE(ranges->maxTimeout.has_value());
    CHECK(*ranges->maxTimeout == 60s);

    auto outOfRange = client->absoluteMove(kProfile, {2, 0, 0});
    REQUIRE_FALSE(outOfRange.has_value());
    CHECK(outOfRange.error().code == pontive::ErrorCode::Refused);
}

TEST_CASE("after a 1 s ContinuousMove at 0.5 the client's position matches the simulator's", "[onvif][ptz]")
{
    SimFixture sim;
    auto client = sim.client();
    REQUIRE(client->continuousMove(kProfile, {0.5, 0, 0}).has_value());
    auto moving = client->ptzStatus(kProfile);
    REQUIRE(moving.has_value());
    CHECK(moving->panTilt == PtzMoveState::Moving);
    std::this_thread::sleep_for(1s);
    REQUIRE(client->stop(kProfile).has_value());
    CHECK_FALSE(client->quirks().stopUnsupported);
    const PtzVector simulated = *sim.server.ptzState(0);
    // Roughly 1 s at half speed; generous because of scheduling on a busy machine.
    CHECK(simulated.pan > 0.5 * SimPtzModel::kUnitsPerSecond * 0.8);
    CHECK(simulated.pan < 0.5 * SimPtzModel::kUnitsPerSecond * 2.0);
    auto status = client->ptzStatus(kProfile);
    REQUIRE(status.has_value());
    CHECK(status->position.pan == Approx(simulated.pan).margin(1e-6));
    CHECK(status->panTilt == PtzMoveState::Idle);
}

TEST_CASE("a camera without Stop is stopped by zero velocity and the quirk is learned", "[onvif][ptz]")
{
    auto config = SimFixture::camera(QStringLiteral("NoStop"));
    config.stopUnsupported = true;
    SimFixture sim({config});
    auto client = sim.client();
    REQUIRE(client->continuousMove(kProfile, {0.5, 0.5, 0}).has_value());
    CHECK(sim.server.ptzMoving(0));
    REQUIRE(client->stop(kProfile).has_value());
    CHECK(client->quirks().stopUnsupported);
    CHECK_FALSE(sim.server.ptzMoving(0));
    const PtzVector stopped = *sim.server.ptzState(0);
    std::this_thread::sleep_for(100ms);
    CHECK(*sim.server.ptzState(0) == stopped);
    // Next time the fallback is used straight away.
    REQUIRE(client->continuousMove(kProfile, {0.5, 0, 0}).has_value());
    const int before = sim.server.requestCount();
    REQUIRE(client->stop(kProfile).has_value());
    CHECK(sim.server.requestCount() == before + 1);
    CHECK_FALSE(sim.server.ptzMoving(0));
}

TEST_CASE("a camera rejecting Timeout gets ContinuousMove without it", "[onvif][ptz]")
{
    auto config = SimFixture::camera(QStringLiteral("NoTimeout"));
    config.rejectTimeout = true;
    SimFixture sim({config});
    auto client = sim.client();
    REQUIRE(client->continuousMove(kProfile, {0, 0.5, 0}, 2s).has_value());
    CHECK(client->quirks().timeoutRejected);
    CHECK(sim.server.ptzMoving(0));
    REQUIRE(client->stop(kProfile).has_value());
}

TEST_CASE("a ContinuousMove with Timeout stops by itself on a camera that honours it", "[onvif][ptz]")
{
    SimFixture sim;
    auto client = sim.client();
    REQUIRE(client->continuousMove(kProfile, {1, 0, 0}, 200ms).has_value());
    CHECK_FALSE(client->quirks().timeoutRejected);
    std::this_thread::sleep_for(400ms);
    CHECK_FALSE(sim.server.ptzMoving(0));
    CHECK(sim.server.ptzState(0)->pan == Approx(0.2 * SimPtzModel::kUnitsPerSecond).margin(1e-6));
}

TEST_CASE("the async client reports a learned quirk by signal", "[onvif][ptz]")
{
    auto config = SimFixture::camera(QStringLiteral("NoStop"));
    config.stopUnsupported = true;
    SimFixture sim({config});
    AsyncOnvifClient async(sim.server.deviceUrl(0), sim.credentials);
    QSignalSpy quirks(&async, &AsyncOnvifClient::quirksChanged);
    QObject receiver;
    bool stopped = false;
    async.run(&receiver, [](OnvifClient &client) { return client.stop(kProfile); },
              [&](pontive::Status status) { stopped = status.has_value(); });
    REQUIRE(quirks.wait(5000));
    CHECK(quirks.front().front().value<OnvifQuirks>().stopUnsupported);
    QElapsedTimer timer;
    timer.start();
    while (!stopped && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(stopped);
}
