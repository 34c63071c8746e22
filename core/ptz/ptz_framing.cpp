#include "ptz_framing.h"

#include <algorithm>

namespace pontive::core {

double PtzOptics::magnification(double zoom) const
{
    return 1 + std::clamp(zoom, 0.0, 1.0) * (zoomRatio - 1);
}

double PtzOptics::zoomFor(double m) const
{
    return std::clamp((m - 1) / (zoomRatio - 1), 0.0, 1.0);
}

double PtzOptics::fieldPan(double zoom) const
{
    return wideFieldPan / magnification(zoom);
}

double PtzOptics::fieldTilt(double zoom) const
{
    return fieldPan(zoom) / aspect;
}

PtzVelocity framingMove(const PtzFraming &framing, double currentZoom, const PtzOptics &optics)
{
    PtzVelocity move;
    move.pan = std::clamp(framing.x, -1.0, 1.0) * optics.fieldPan(currentZoom) / 2;
    move.tilt = -std::clamp(framing.y, -1.0, 1.0) * optics.fieldTilt(currentZoom) / 2;  // screen down = tilt down
    if (framing.zoomFactor != 1 && framing.zoomFactor > 0)
        move.zoom = optics.zoomFor(optics.magnification(currentZoom) * framing.zoomFactor) - std::clamp(currentZoom, 0.0, 1.0);
    return move;
}

} // namespace pontive::core
