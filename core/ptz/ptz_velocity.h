#pragma once

#include <QMetaType>

#include <cmath>

namespace pontive::core {

// A PTZ speed or displacement normalised to [-1, 1] per axis (pan right, tilt up and
// zoom in are positive). Each controller scales it into its camera's own ranges.
struct PtzVelocity {
    double pan = 0;
    double tilt = 0;
    double zoom = 0;

    bool isZero() const { return pan == 0 && tilt == 0 && zoom == 0; }
    bool operator==(const PtzVelocity &) const = default;
};

} // namespace pontive::core

Q_DECLARE_METATYPE(pontive::core::PtzVelocity)
