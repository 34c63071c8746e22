// An SDL virtual joystick driving the simulator's PTZ camera through the wall's stack:
// JoystickManager -> JoystickPtzBinding -> RateLimitedPtzController -> OnvifPtzController.
#include "ptz_fixture.h"

#include "ptz/joystick_manager.h"
#include "ptz/joystick_ptz_binding.h"
#include "ptz/preset_numbers.h"
#include "ptz/stick_shaping.h"

#include <QElapsedTimer>

#include <cmath>
#include <numbers>

using namespace pontive;
using namespace pontive::core;
using namespace pontive::test;
using namespace std::chrono_literals;

namespace {

const QString kMove = QStringLiteral("ContinuousMove");
const QString kStop = QStringLiteral("Stop");

// The wall's joystick stack on camera 0 of a simulator, with a virtual stick plugged in.
struct StickRig {
    explicit StickRig(PtzRateOptions rate = {})
    {
        REQUIRE(joysticks.start().has_value());
        camera = sim.onvifController();
        limited = std::make_unique<RateLimitedPtzController>(camera.get(), rate);
        binding = std::make_unique<JoystickPtzBinding>(&joysticks);
        binding->setTarget(limited.get());
        QObject::connect(limited.get(), &RateLimitedPtzController::moveStarted, [this] { ++starts; });
        QObject::connect(limited.get(), &RateLimitedPtzController::moveStopped, [this] { ++stops; });
        stick = std::make_unique<VirtualStick>();
        REQUIRE(stick->isAttached());
        REQUIRE(spinUntil([this] { return binding->activeJoystick() >= 0; }));
    }

    PtzSim sim;
    JoystickManager joysticks;
    std::unique_ptr<OnvifPtzController> camera;
    std::unique_ptr<RateLimitedPtzController> limited;
    std::unique_ptr<JoystickPtzBinding> binding;
    std::unique_ptr<VirtualStick> stick;
    int starts = 0;
    int stops = 0;
};

// What the default profile makes of a raw position on one axis.
double expected(double raw, const AxisShape &shape)
{
    return stick::quantise({stick::shapeAxis(raw, shape), 0, 0}, 0.05).pan;
}

} // namespace

TEST_CASE("deflecting the stick makes the camera receive ContinuousMove with the signed velocities", "[ptz][joystick]")
{
    StickRig rig;
    const JoystickProfile profile = rig.binding->profileFor(rig.joysticks.joysticks().front());
    rig.stick->setAxis(0, 1.0);    // right
    rig.stick->setAxis(1, -1.0);   // forward: up
    rig.stick->setAxis(2, -0.6);   // twist left: zoom out
    REQUIRE(spinUntil([&] { return rig.sim.count(kMove) > 0; }));
    const auto move = rig.sim.last(kMove);
    REQUIRE(move.has_value());
    CHECK(move->velocity.pan == Approx(1).margin(1e-3));
    CHECK(move->velocity.tilt == Approx(1).margin(1e-3));
    CHECK(move->velocity.zoom < 0);
    CHECK(move->velocity.zoom == Approx(expected(-0.6, profile.zoom)).margin(1e-3));
    // The Timeout is there (the simulator accepts it) and short, so a dead client stops.
    REQUIRE(move->timeout.has_value());
    CHECK(*move->timeout <= 2000ms);
    REQUIRE(spinUntil([&] { return rig.sim.server.ptzMoving(0); }));

    rig.stick->setAxis(0, -0.5);   // left, slower
    rig.stick->setAxis(1, 0.0);
    rig.stick->setAxis(2, 0.0);
    REQUIRE(spinUntil([&] {
        const auto latest = rig.sim.last(kMove);
        return latest && latest->velocity.pan < 0;
    }));
    const auto left = rig.sim.last(kMove);
    CHECK(left->velocity.pan == Approx(expected(-0.5, profile.pan)).margin(1e-3));
    CHECK(left->velocity.tilt == 0);
}

TEST_CASE("holding the stick for 5 s keeps the camera moving and releasing it gives Stop", "[ptz][joystick]")
{
    StickRig rig;
    rig.stick->setAxis(0, 0.3);  // slow: the camera must not reach the end of its pan range
    REQUIRE(spinUntil([&] { return rig.sim.count(kMove) > 0; }));
    spinFor(5s);
    CHECK(rig.sim.server.ptzMoving(0));
    CHECK(rig.sim.count(kStop) == 0);
    CHECK(rig.sim.count(kMove) >= 3);  // resent while held, before the camera's Timeout
    rig.stick->setAxis(0, 0.0);
    REQUIRE(spinUntil([&] { return rig.sim.count(kStop) == 1; }));
    REQUIRE(spinUntil([&] { return !rig.sim.server.ptzMoving(0); }));
    // One move from the operator's point of view (one audit row), however many requests.
    CHECK(rig.starts == 1);
    CHECK(rig.stops == 1);
}

TEST_CASE("unplugging the joystick while the camera moves gives Stop", "[ptz][joystick]")
{
    StickRig rig;
    rig.stick->setAxis(1, 1.0);    // back: down
    REQUIRE(spinUntil([&] { return rig.sim.server.ptzMoving(0); }));
    CHECK(rig.sim.last(kMove)->velocity.tilt == Approx(-1).margin(1e-3));
    rig.stick->unplug();
    REQUIRE(spinUntil([&] { return rig.sim.count(kStop) >= 1; }));
    REQUIRE(spinUntil([&] { return !rig.sim.server.ptzMoving(0); }));
    CHECK(rig.binding->activeJoystick() == -1);
}

TEST_CASE("jitter inside the dead zone sends nothing", "[ptz][joystick]")
{
    StickRig rig;
    const int before = rig.sim.server.ptzRequests(0).size();
    for (int i = 0; i < 100; ++i) {
        rig.stick->setAxis(i % 3, (i % 2 ? 1 : -1) * 0.03);
        spinFor(10ms);
    }
    rig.stick->setAxis(0, 0);
    rig.stick->setAxis(1, 0);
    rig.stick->setAxis(2, 0);
    spinFor(500ms);
    CHECK(rig.sim.server.ptzRequests(0).size() == before);
    CHECK(!rig.sim.server.ptzMoving(0));
}

TEST_CASE("sweeping the stick for 10 s sends at most 10 requests per second and the last velocity wins",
          "[ptz][joystick][slow]")
{
    StickRig rig;
    const auto start = std::chrono::steady_clock::now();
    QElapsedTimer sweep;
    sweep.start();
    while (sweep.elapsed() < 10000) {
        const double t = sweep.elapsed() / 1000.0;
        rig.stick->setAxis(0, 0.9 * std::sin(2 * std::numbers::pi * t / 1.7));
        rig.stick->setAxis(1, 0.9 * std::cos(2 * std::numbers::pi * t / 2.3));
        spinFor(4ms);
    }
    const auto end = std::chrono::steady_clock::now();
    rig.stick->setAxis(0, 0.7);
    rig.stick->setAxis(1, 0.0);
    int duringSweep = 0;
    for (const auto &request : rig.sim.server.ptzRequests(0))
        duringSweep += request.at >= start && request.at <= end ? 1 : 0;
    const double seconds = std::chrono::duration<double>(end - start).count();
    INFO(duringSweep << " requests in " << seconds << " s");
    CHECK(duringSweep / seconds <= 10.0);
    CHECK(duringSweep >= 10);  // it did follow the stick
    const JoystickProfile profile = rig.binding->profileFor(rig.joysticks.joysticks().front());
    const double wanted = expected(0.7, profile.pan);
    REQUIRE(spinUntil([&] {
        const auto latest = rig.sim.last(kMove);
        return latest && std::abs(latest->velocity.pan - wanted) < 1e-3 && latest->velocity.tilt == 0;
    }));
    rig.stick->setAxis(0, 0.0);
    REQUIRE(spinUntil([&] { return !rig.sim.server.ptzMoving(0); }));
}

TEST_CASE("joystick buttons recall presets and home, and report wall actions", "[ptz][joystick]")
{
    StickRig rig;
    auto client = rig.sim.client();
    auto profiles = client->profiles();
    REQUIRE(profiles.has_value());
    const QString profileToken = profiles->front().token;
    REQUIRE(client->absoluteMove(profileToken, {0.5, 0.25, 0.5}).has_value());
    auto token = client->setPreset(profileToken, QStringLiteral("Gerbang"));
    REQUIRE(token.has_value());
    REQUIRE(client->gotoHome(profileToken).has_value());
    QList<JoystickAction> actions;
    QObject::connect(rig.binding.get(), &JoystickPtzBinding::actionTriggered,
                     [&](JoystickAction action, int) { actions.append(action); });
    // Button n-1 is preset n ("preset-n" on the simulator).
    QList<PtzPresetInfo> presets{{*token, QStringLiteral("Gerbang")}};
    rig.binding->setPresetTokens([&presets](int n) { return presetTokenForNumber(n, presets); });
    const int button = token->section(QLatin1Char('-'), -1).toInt() - 1;
    REQUIRE(button >= 0);
    REQUIRE(button < 9);
    rig.stick->setButton(button, true);
    REQUIRE(spinUntil([&] { return rig.sim.count(QStringLiteral("GotoPreset")) == 1; }));
    rig.stick->setButton(button, false);
    REQUIRE(spinUntil([&] { return std::abs(rig.sim.server.ptzState(0)->pan - 0.5) < 1e-3; }));
    rig.stick->setButton(9, true);  // home
    REQUIRE(spinUntil([&] { return rig.sim.count(QStringLiteral("GotoHomePosition")) == 1; }));
    rig.stick->setButton(9, false);
    rig.stick->setButton(11, true);  // next tile
    REQUIRE(spinUntil([&] { return actions.contains(JoystickAction::NextTile); }));
}
