#pragma once

#include "ptz_velocity.h"

namespace pontive::core {

// How one axis of a stick becomes a speed.
struct AxisShape {
    double deadZone = 3.0 / 64;   // |raw| below this is zero; the rest is rescaled from 0
    double curve = 2;             // 1 linear, 2 = v*|v| (fine control near the centre)
    bool invert = false;
    bool operator==(const AxisShape &) const = default;
};

// The pure steps between a raw stick position and a camera velocity.
namespace stick {

// raw in [-1, 1] -> dead zone with rescale -> curve -> invert.
double shapeAxis(double raw, const AxisShape &shape);
// 4 or 8 ways: pan/tilt snapped to the nearest allowed direction, the magnitude kept;
// any other value leaves the vector alone.
PtzVelocity snapDirection(const PtzVelocity &velocity, int ways);
// Each axis rounded to a multiple of `step` (0 leaves it alone), clamped to [-1, 1].
PtzVelocity quantise(const PtzVelocity &velocity, double step);
// Normalised [-1, 1] -> the camera's [min, max] for that axis (0 stays 0 for a
// symmetric range; a one-sided range maps |v| onto it).
double scaleInto(double value, double min, double max);

} // namespace stick

} // namespace pontive::core
