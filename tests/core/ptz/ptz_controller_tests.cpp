// The controller stack against the simulator: presets, patrols, the Stop fallback and a
// client killed mid-move.
#include "ptz_fixture.h"

#include "ptz/ptz_patrol_runner.h"
#include "ptz/ptz_repository.h"
#include "test_store.h"

#include <QProcess>

using namespace pontive;
using namespace pontive::core;
using namespace pontive::test;
using namespace std::chrono_literals;

namespace {

// Commands answered so far, by kind, with their outcome.
struct Answers {
    explicit Answers(PtzController &controller)
    {
        QObject::connect(&controller, &PtzController::commandFinished, [this](PtzCommand command, bool done, const QString &) {
            (done ? ok : failed).append(command);
        });
        QObject::connect(&controller, &PtzController::presetsChanged,
                         [this](const QList<PtzPresetInfo> &list) { presets = list, ++presetLists; });
        QObject::connect(&controller, &PtzController::presetSaved, [this](const QString &token) { saved = token; });
    }
    bool wait(PtzCommand command, int times = 1)
    {
        return spinUntil([&] { return ok.count(command) >= times || !failed.isEmpty(); }) && failed.isEmpty();
    }
    QList<PtzCommand> ok;
    QList<PtzCommand> failed;
    QList<PtzPresetInfo> presets;
    int presetLists = 0;
    QString saved;
};

bool near(const std::optional<onvif::PtzVector> &at, const onvif::PtzVector &want)
{
    return at && std::abs(at->pan - want.pan) < 1e-3 && std::abs(at->tilt - want.tilt) < 1e-3
           && std::abs(at->zoom - want.zoom) < 1e-3;
}

} // namespace

TEST_CASE("presets round-trip: save, go home, go to, rename, delete", "[ptz]")
{
    PtzSim sim;
    auto camera = sim.onvifController();
    RateLimitedPtzController controller(camera.get());
    Answers answers(controller);

    controller.relativeMove({0.3, -0.2, 0.25});
    REQUIRE(answers.wait(PtzCommand::RelativeMove));
    REQUIRE(spinUntil([&] { return !sim.server.ptzMoving(0); }));
    const onvif::PtzVector saved = *sim.server.ptzState(0);
    CHECK(saved.pan == Approx(0.3).margin(1e-3));
    CHECK(saved.tilt == Approx(-0.2).margin(1e-3));

    controller.savePreset(QStringLiteral("Gerbang"));
    REQUIRE(answers.wait(PtzCommand::SavePreset));
    REQUIRE(!answers.saved.isEmpty());
    const QString token = answers.saved;

    controller.gotoHome();
    REQUIRE(answers.wait(PtzCommand::Home));
    REQUIRE(spinUntil([&] { return !near(sim.server.ptzState(0), saved) && !sim.server.ptzMoving(0); }));

    controller.gotoPreset(token);
    REQUIRE(answers.wait(PtzCommand::GotoPreset));
    REQUIRE(spinUntil([&] { return near(sim.server.ptzState(0), saved); }));

    controller.gotoHome();
    REQUIRE(answers.wait(PtzCommand::Home, 2));
    controller.renamePreset(token, QStringLiteral("Gerbang Utara"));  // keeps the token and the view
    REQUIRE(answers.wait(PtzCommand::RenamePreset));
    controller.refreshPresets();
    REQUIRE(answers.wait(PtzCommand::Presets));
    const auto renamed = std::find_if(answers.presets.cbegin(), answers.presets.cend(),
                                      [&](const PtzPresetInfo &p) { return p.token == token; });
    REQUIRE(renamed != answers.presets.cend());
    CHECK(renamed->name == QStringLiteral("Gerbang Utara"));
    controller.gotoHome();
    REQUIRE(answers.wait(PtzCommand::Home, 3));
    REQUIRE(spinUntil([&] { return !near(sim.server.ptzState(0), saved) && !sim.server.ptzMoving(0); }));
    controller.gotoPreset(token);
    REQUIRE(answers.wait(PtzCommand::GotoPreset, 2));
    REQUIRE(spinUntil([&] { return near(sim.server.ptzState(0), saved); }));

    controller.removePreset(token);
    REQUIRE(answers.wait(PtzCommand::RemovePreset));
    controller.refreshPresets();
    REQUIRE(answers.wait(PtzCommand::Presets, 2));
    CHECK(std::none_of(answers.presets.cbegin(), answers.presets.cend(),
                       [&](const PtzPresetInfo &p) { return p.token == token; }));
}

TEST_CASE("a patrol visits its presets in turn until it is stopped", "[ptz]")
{
    PtzSim sim;
    auto client = sim.client();
    auto ops = client->profiles();
    REQUIRE(ops.has_value());
    const QString profile = ops->front().token;
    REQUIRE(client->absoluteMove(profile, {-0.5, 0, 0}).has_value());
    auto west = client->setPreset(profile, QStringLiteral("Barat"));
    REQUIRE(client->absoluteMove(profile, {0.5, 0, 0}).has_value());
    auto east = client->setPreset(profile, QStringLiteral("Timur"));
    REQUIRE(west.has_value());
    REQUIRE(east.has_value());

    auto camera = sim.onvifController();
    RateLimitedPtzController controller(camera.get());
    PtzPatrolRunner runner;
    QList<QString> visited;
    int stopped = 0;
    QObject::connect(&runner, &PtzPatrolRunner::stepStarted, [&](int, const QString &token) { visited.append(token); });
    QObject::connect(&runner, &PtzPatrolRunner::stopped, [&] { ++stopped; });
    const PtzPatrol patrol{0, 1, QStringLiteral("Keliling"), {{*west, 300ms}, {*east, 300ms}}};
    REQUIRE(runner.start(&controller, patrol));
    REQUIRE(spinUntil([&] { return sim.count(QStringLiteral("GotoPreset")) >= 3; }));
    CHECK(visited.mid(0, 3) == QList<QString>{*west, *east, *west});
    runner.stop();
    CHECK(stopped == 1);
    CHECK(!runner.isRunning());
    spinFor(300ms);  // a request already on its way lands
    const int after = sim.count(QStringLiteral("GotoPreset"));
    spinFor(1s);  // three dwells' worth: a running patrol would have moved on
    CHECK(sim.count(QStringLiteral("GotoPreset")) == after);
    CHECK(!runner.start(&controller, PtzPatrol{}));  // no steps, nothing to run
}

TEST_CASE("a camera without Stop is stopped with zero velocity and the quirk is kept on the camera record", "[ptz][store]")
{
    auto config = SimFixture::camera(QStringLiteral("Bosch"));
    config.stopUnsupported = true;
    PtzSim sim({config});
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    const qint64 cameraId = addPtzCamera(*db);
    PtzRepository repo(db, Actor{QStringLiteral("operator"), QStringLiteral("ST-1")});

    std::optional<onvif::OnvifQuirks> learned;
    {
        auto camera = sim.onvifController();
        QObject::connect(camera.get(), &OnvifPtzController::quirksLearned,
                         [&](const onvif::OnvifQuirks &quirks) { learned = quirks; });
        RateLimitedPtzController controller(camera.get());
        controller.move({0.5, 0, 0});
        REQUIRE(spinUntil([&] { return sim.server.ptzMoving(0); }));
        controller.stop();
        REQUIRE(spinUntil([&] { return !sim.server.ptzMoving(0); }));
        REQUIRE(spinUntil([&] { return learned.has_value(); }));
    }
    CHECK(learned->stopUnsupported);
    REQUIRE(repo.saveQuirks(cameraId, {learned->stopUnsupported, learned->timeoutRejected}).has_value());
    auto kept = repo.quirks(cameraId);
    REQUIRE(kept.has_value());
    CHECK(kept->stopUnsupported);
    CHECK(!kept->timeoutRejected);

    // The next session starts with the quirk: its stop is a zero-velocity move at once.
    sim.server.clearPtzRequests(0);
    OnvifPtzOptions options;
    options.quirks = {kept->stopUnsupported, kept->timeoutRejected};
    auto camera = sim.onvifController(0, options);
    RateLimitedPtzController controller(camera.get(), PtzRateOptions{150ms, 60s, 0.05});  // no resend meanwhile
    controller.move({0, 0.5, 0});
    REQUIRE(spinUntil([&] { return sim.server.ptzMoving(0); }));
    const int requestsBefore = sim.server.requestCount();
    controller.stop();
    REQUIRE(spinUntil([&] { return !sim.server.ptzMoving(0); }));
    REQUIRE(spinUntil([&] { return sim.server.requestCount() > requestsBefore; }));
    spinFor(200ms);
    CHECK(sim.server.requestCount() == requestsBefore + 1);  // no refused Stop first
    CHECK(sim.last(QStringLiteral("ContinuousMove"))->velocity == onvif::PtzVector{});
}

TEST_CASE("a camera that accepts Timeout stops by itself after the client process is killed mid-move", "[ptz][process]")
{
    PtzSim sim;
    QProcess mover;
    mover.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    mover.start(QStringLiteral(PONTIVE_PTZ_MOVER),
                {sim.server.deviceUrl(0).toString(), sim.credentials.user, sim.credentials.password});
    REQUIRE(mover.waitForStarted(20000));
    REQUIRE(spinUntil([&] { return mover.canReadLine() || mover.waitForReadyRead(50); }, 30s));
    CHECK(mover.readLine().trimmed() == "moving");
    REQUIRE(sim.server.ptzMoving(0));

    mover.kill();  // SIGKILL: no Stop, no goodbye
    REQUIRE(mover.waitForFinished(20000));
    const auto killedAt = std::chrono::steady_clock::now();
    const auto last = sim.last(QStringLiteral("ContinuousMove"));
    REQUIRE(last.has_value());
    REQUIRE(last->timeout.has_value());
    // The camera's own deadline: the last accepted move plus its Timeout, which is at most
    // 2 s after the kill.
    CHECK(*last->timeout <= 2000ms);
    CHECK(last->at + *last->timeout <= killedAt + 2000ms);
    REQUIRE(spinUntil([&] { return !sim.server.ptzMoving(0); }, 30s));
    CHECK(sim.count(QStringLiteral("Stop")) == 0);  // it stopped by itself
}

TEST_CASE("click-to-centre brings the clicked point of the simulated scene to the centre", "[ptz]")
{
    PtzSim sim;
    auto client = sim.client();
    auto profiles = client->profiles();
    REQUIRE(profiles.has_value());
    REQUIRE(client->absoluteMove(profiles->front().token, {0.1, 0.2, 0.25}).has_value());
    REQUIRE(spinUntil([&] { return near(sim.server.ptzState(0), {0.1, 0.2, 0.25}); }));

    OnvifPtzOptions options;
    auto camera = sim.onvifController(0, options);
    RateLimitedPtzController controller(camera.get());
    Answers answers(controller);
    // The scene point under a click 60% of the way to the right edge and 40% up.
    const PtzOptics &optics = options.optics;
    const double clickedPan = 0.1 + 0.6 * optics.fieldPan(0.25) / 2;
    const double clickedTilt = 0.2 + 0.4 * optics.fieldTilt(0.25) / 2;
    controller.centreOn({0.6, -0.4, 1});
    REQUIRE(answers.wait(PtzCommand::CentreOn));
    REQUIRE(spinUntil([&] { return near(sim.server.ptzState(0), {clickedPan, clickedTilt, 0.25}); }));

    // A rectangle a third of the picture wide, centred: zooms in 3x.
    controller.centreOn({0, 0, 3});
    REQUIRE(answers.wait(PtzCommand::CentreOn, 2));
    const double zoomed = optics.zoomFor(optics.magnification(0.25) * 3);
    REQUIRE(spinUntil([&] { return near(sim.server.ptzState(0), {clickedPan, clickedTilt, zoomed}); }));
}
