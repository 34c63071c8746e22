#pragma once

#include "ptz_velocity.h"

namespace pontive::core {

// The camera's optics as the wall models them: how much of the pan range the picture
// spans at the widest zoom, how far the zoom magnifies, and the picture's shape.
struct PtzOptics {
    double wideFieldPan = 0.5;   // pan units (generic space) across the picture at zoom 0
    double zoomRatio = 20;       // magnification at zoom 1
    double aspect = 16.0 / 9;

    // Magnification at a zoom position in [0, 1] and back.
    double magnification(double zoom) const;
    double zoomFor(double magnification) const;
    // The field of view at a zoom position, in pan and tilt units.
    double fieldPan(double zoom) const;
    double fieldTilt(double zoom) const;
};

// A point in the picture to bring to the centre: x right, y down, both -1..1 from the
// centre to the edges, and how much to zoom in around it (1 = keep the zoom).
struct PtzFraming {
    double x = 0;
    double y = 0;
    double zoomFactor = 1;
};

// The relative move (pan, tilt, zoom in generic units) that centres the framing's point
// and applies its zoom, from the current zoom position.
PtzVelocity framingMove(const PtzFraming &framing, double currentZoom, const PtzOptics &optics = {});

} // namespace pontive::core
