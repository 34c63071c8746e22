#include "stick_shaping.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pontive::core::stick {

double shapeAxis(double raw, const AxisShape &shape)
{
    const double clamped = std::clamp(raw, -1.0, 1.0);
    const double magnitude = std::abs(clamped);
    const double dead = std::clamp(shape.deadZone, 0.0, 0.95);
    if (magnitude <= dead)
        return 0;
    const double rescaled = (magnitude - dead) / (1 - dead);
    const double curved = std::pow(rescaled, std::max(shape.curve, 0.1));
    const double sign = (clamped < 0) != shape.invert ? -1 : 1;
    return sign * curved;
}

PtzVelocity snapDirection(const PtzVelocity &velocity, int ways)
{
    if ((ways != 4 && ways != 8) || (velocity.pan == 0 && velocity.tilt == 0))
        return velocity;
    const double step = 2 * std::numbers::pi / ways;
    const double angle = std::round(std::atan2(velocity.tilt, velocity.pan) / step) * step;
    // Keep the larger component's speed, so a diagonal is not faster than a straight move.
    const double magnitude = std::min(1.0, std::max(std::abs(velocity.pan), std::abs(velocity.tilt)));
    PtzVelocity out = velocity;
    out.pan = magnitude * std::cos(angle);
    out.tilt = magnitude * std::sin(angle);
    if (std::abs(out.pan) < 1e-9)
        out.pan = 0;
    if (std::abs(out.tilt) < 1e-9)
        out.tilt = 0;
    // A diagonal at full stick: both axes at the magnitude, as 8-way cameras expect.
    if (out.pan != 0 && out.tilt != 0) {
        out.pan = std::copysign(magnitude, out.pan);
        out.tilt = std::copysign(magnitude, out.tilt);
    }
    return out;
}

PtzVelocity quantise(const PtzVelocity &velocity, double step)
{
    const auto one = [step](double v) {
        const double q = step > 0 ? std::round(v / step) * step : v;
        const double clamped = std::clamp(q, -1.0, 1.0);
        return std::abs(clamped) < 1e-9 ? 0.0 : clamped;
    };
    return {one(velocity.pan), one(velocity.tilt), one(velocity.zoom)};
}

double scaleInto(double value, double min, double max)
{
    if (value == 0 || max <= min)
        return 0;
    if (min < 0 && max > 0)
        return value > 0 ? value * max : -value * min;
    // A one-sided range (e.g. speed 0..1 only): the magnitude onto it.
    return std::copysign(min + std::abs(value) * (max - min), value);
}

} // namespace pontive::core::stick
