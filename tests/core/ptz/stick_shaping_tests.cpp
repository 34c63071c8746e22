// The pure steps from a stick position to a camera velocity, and the joystick profile.
#include "catch_qt.h"

#include "ptz/joystick_profile.h"
#include "ptz/joystick_ptz_binding.h"
#include "ptz/preset_numbers.h"
#include "ptz/ptz_framing.h"
#include "ptz/stick_shaping.h"

using namespace pontive::core;

TEST_CASE("the dead zone swallows small deflections and the rest is rescaled from zero", "[ptz]")
{
    const AxisShape linear{0.1, 1, false};
    CHECK(stick::shapeAxis(0.05, linear) == 0);
    CHECK(stick::shapeAxis(-0.1, linear) == 0);
    CHECK(stick::shapeAxis(0.55, linear) == Approx(0.5));
    CHECK(stick::shapeAxis(1, linear) == Approx(1));
    CHECK(stick::shapeAxis(-1, linear) == Approx(-1));
}

TEST_CASE("the response curve is fine near the centre and reaches full speed at full stick", "[ptz]")
{
    const AxisShape squared{0, 2, false};
    CHECK(stick::shapeAxis(0.5, squared) == Approx(0.25));
    CHECK(stick::shapeAxis(-0.5, squared) == Approx(-0.25));
    CHECK(stick::shapeAxis(1, squared) == Approx(1));
}

TEST_CASE("an inverted axis flips the sign", "[ptz]")
{
    CHECK(stick::shapeAxis(-1, AxisShape{0, 1, true}) == Approx(1));
    CHECK(stick::shapeAxis(0.5, AxisShape{0, 1, true}) == Approx(-0.5));
}

TEST_CASE("4-way snap keeps one axis and 8-way snap allows diagonals", "[ptz]")
{
    const PtzVelocity mostlyRight{0.8, 0.3, 0.2};
    const PtzVelocity four = stick::snapDirection(mostlyRight, 4);
    CHECK(four.pan == Approx(0.8));
    CHECK(four.tilt == 0);
    CHECK(four.zoom == Approx(0.2));
    const PtzVelocity eight = stick::snapDirection(PtzVelocity{0.7, -0.6, 0}, 8);
    CHECK(eight.pan == Approx(0.7));
    CHECK(eight.tilt == Approx(-0.7));
    CHECK(stick::snapDirection(mostlyRight, 0) == mostlyRight);
}

TEST_CASE("velocities are quantised to steps and scaled into the camera's ranges", "[ptz]")
{
    const PtzVelocity q = stick::quantise({0.337, -0.026, 1.2}, 0.05);
    CHECK(q.pan == Approx(0.35));
    CHECK(q.tilt == Approx(-0.05));
    CHECK(q.zoom == Approx(1));
    CHECK(stick::quantise({0.02, -0.02, 0}, 0.05).isZero());
    CHECK(stick::scaleInto(0.5, -2, 2) == Approx(1));
    CHECK(stick::scaleInto(-0.5, -1, 3) == Approx(-0.5));
    CHECK(stick::scaleInto(0.5, 0, 4) == Approx(2));
    CHECK(stick::scaleInto(0, -1, 1) == 0);
}

TEST_CASE("a generic 3-axis stick maps X to pan, Y to tilt (forward is up) and twist to zoom", "[ptz]")
{
    const JoystickProfile profile = JoystickProfile::defaults({1, QStringLiteral("Stick"), QStringLiteral("abc"), 3, 16});
    CHECK(profile.zoomAxis == 2);
    const PtzVelocity v = JoystickPtzBinding::velocityFor({1.0, -1.0, 0.0}, profile);
    CHECK(v.pan == Approx(1));
    CHECK(v.tilt == Approx(1));
    CHECK(v.zoom == 0);
    CHECK(profile.buttons.value(0) == JoystickButton{JoystickAction::Preset, 1});
    CHECK(profile.buttons.value(8) == JoystickButton{JoystickAction::Preset, 9});
    CHECK(profile.buttons.value(9).action == JoystickAction::Home);
    CHECK(profile.buttons.value(15).action == JoystickAction::PauseTour);
    const JoystickProfile twoAxes = JoystickProfile::defaults({2, QStringLiteral("Pad"), QStringLiteral("def"), 2, 4});
    CHECK(twoAxes.zoomAxis == -1);
}

TEST_CASE("a joystick profile survives its JSON form", "[ptz]")
{
    JoystickProfile profile = JoystickProfile::defaults({1, QStringLiteral("Pelco KBD"), QStringLiteral("0300ab"), 4, 12});
    profile.zoomAxis = 3;
    profile.pan.deadZone = 0.08;
    profile.tilt.invert = false;
    profile.snapWays = 8;
    profile.buttons.insert(11, {JoystickAction::TileAlone, 0});
    const JoystickProfile back = JoystickProfile::fromJson(profile.toJson(), profile.name, profile.guid);
    CHECK(back == profile);
}

TEST_CASE("click-to-centre moves by the click's share of the field of view at the current zoom", "[ptz]")
{
    const PtzOptics optics;  // 0.5 pan units wide at zoom 0, 20x at zoom 1
    const PtzVelocity wide = framingMove({1, 0, 1}, 0, optics);
    CHECK(wide.pan == Approx(0.25));  // the right edge is half the field away
    CHECK(wide.zoom == 0);
    const PtzVelocity tele = framingMove({1, 1, 1}, 1, optics);
    CHECK(tele.pan == Approx(0.25 / 20));
    CHECK(tele.tilt == Approx(-0.25 / 20 / optics.aspect));  // lower edge: tilt down
    // A rectangle a quarter of the picture wide zooms in 4x around its centre.
    const PtzVelocity zoomIn = framingMove({0, 0, 4}, 0, optics);
    CHECK(optics.magnification(zoomIn.zoom) == Approx(4));
}

TEST_CASE("a preset number finds the token, a token ending in it, or the nth preset", "[ptz]")
{
    const QList<PtzPresetInfo> numbered{{QStringLiteral("1"), {}}, {QStringLiteral("3"), {}}};
    CHECK(presetTokenForNumber(3, numbered) == QStringLiteral("3"));
    const QList<PtzPresetInfo> named{{QStringLiteral("preset-2"), {}}, {QStringLiteral("preset-7"), {}}};
    CHECK(presetTokenForNumber(7, named) == QStringLiteral("preset-7"));
    const QList<PtzPresetInfo> opaque{{QStringLiteral("abc"), {}}, {QStringLiteral("def"), {}}};
    CHECK(presetTokenForNumber(2, opaque) == QStringLiteral("def"));
    CHECK(presetTokenForNumber(3, opaque).isEmpty());
    CHECK(presetTokenForNumber(0, numbered).isEmpty());
}
