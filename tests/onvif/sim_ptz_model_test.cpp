#include "catch_qt.h"
#include "sim_ptz_model.h"

using namespace pontive::onvif;
using namespace std::chrono_literals;

TEST_CASE("sim PTZ integrates a continuous move over time and stops on Stop", "[onvif][sim]")
{
    SimPtzModel model;
    const auto t0 = SimPtzModel::Clock::now();
    model.continuousMove({0.5, -0.5, 0.2}, std::nullopt, t0);
    const PtzVector after1s = model.position(t0 + 1s);
    CHECK(after1s.pan == Approx(0.5 * SimPtzModel::kUnitsPerSecond));
    CHECK(after1s.tilt == Approx(-0.5 * SimPtzModel::kUnitsPerSecond));
    CHECK(after1s.zoom == Approx(0.2 * SimPtzModel::kUnitsPerSecond));
    CHECK(model.isMoving(t0 + 1s));
    model.stop(true, true, t0 + 1s);
    CHECK(model.position(t0 + 5s) == after1s);
    CHECK_FALSE(model.isMoving(t0 + 5s));
}

TEST_CASE("sim PTZ honours the ContinuousMove timeout", "[onvif][sim]")
{
    SimPtzModel model;
    const auto t0 = SimPtzModel::Clock::now();
    model.continuousMove({1, 0, 0}, 500ms, t0);
    CHECK(model.position(t0 + 10s).pan == Approx(0.5 * SimPtzModel::kUnitsPerSecond));
    CHECK_FALSE(model.isMoving(t0 + 1s));
}

TEST_CASE("sim PTZ clamps moves to its ranges", "[onvif][sim]")
{
    SimPtzModel model;
    const auto t0 = SimPtzModel::Clock::now();
    model.continuousMove({1, 1, -1}, std::nullopt, t0);
    CHECK(model.position(t0 + 60s) == PtzVector{1, 1, 0});
    CHECK_FALSE(model.isMoving(t0 + 60s));  // pushing against the limits is not moving
    model.absoluteMove({5, -5, 3}, t0 + 61s);
    CHECK(model.position(t0 + 62s) == PtzVector{1, -1, 1});
    model.relativeMove({-0.5, 0.25, -0.5}, t0 + 63s);
    CHECK(model.position(t0 + 64s) == PtzVector{0.5, -0.75, 0.5});
}

TEST_CASE("sim PTZ presets are set, recalled, updated and removed; home returns", "[onvif][sim]")
{
    SimPtzModel model;
    const auto t0 = SimPtzModel::Clock::now();
    model.absoluteMove({0.3, 0.4, 0.5}, t0);
    const auto token = model.setPreset(QStringLiteral("Door"), {}, t0);
    REQUIRE(token.has_value());
    model.absoluteMove({-0.3, 0, 0}, t0);
    REQUIRE(model.gotoPreset(*token, t0));
    CHECK(model.position(t0) == PtzVector{0.3, 0.4, 0.5});
    CHECK_FALSE(model.setPreset({}, QStringLiteral("nope"), t0).has_value());
    CHECK_FALSE(model.gotoPreset(QStringLiteral("nope"), t0));
    REQUIRE(model.presets().size() == 1);
    CHECK(model.presets().front().name == QStringLiteral("Door"));
    CHECK(model.removePreset(*token));
    CHECK(model.presets().isEmpty());
    model.setHome({0.1, 0.1, 0});
    model.gotoHome(t0);
    CHECK(model.position(t0) == PtzVector{0.1, 0.1, 0});
}
