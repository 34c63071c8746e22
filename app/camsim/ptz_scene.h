#pragma once

#include "onvif_types.h"

#include <QSize>

#include <cstdint>
#include <vector>

namespace pontive::camsim {

// The larger synthetic world a simulated PTZ camera looks at, and the camera's view of it.
//
// Scene coordinates: u (left 0 .. right 1) and v (top 0 .. bottom 1) over the whole scene,
// whose aspect is 16:9. The picture is a window onto the scene:
//   centre   u = 0.5 + pan / 4          (pan  -1 .. 1 -> u 0.25 .. 0.75)
//            v = 0.5 - tilt / 4         (tilt -1 .. 1 -> v 0.75 .. 0.25; tilt up looks up)
//   size     w = h = 0.5 / (1 + 3 * zoom) of the scene's width and height
//                                        (zoom 0 .. 1 -> half the scene .. an eighth: 4x)
// so the window never leaves the scene. A point at (dx, dy) from the picture's centre, in
// fractions of the picture's width and height (-0.5 .. 0.5, dy down), is centred by
//   pan += 2 * dx / (1 + 3 * zoom),  tilt -= 2 * dy / (1 + 3 * zoom)
// (click-to-centre). The scene's colour tells where a pixel is: red grows with u, green
// with v; blue varies per grid cell, and dark grid lines every 1/20 of the scene give the
// encoder something to chew on.
class PtzScene
{
public:
    static constexpr QSize kSize{1920, 1080};

    PtzScene();

    // Renders the camera's view (nearest neighbour) into a BGRx picture of `out` size.
    void render(const onvif::PtzVector &ptz, std::uint8_t *bgrx, int stride, QSize out) const;

    // The window onto the scene in scene pixels: x, y, width, height.
    struct Window {
        double x, y, width, height;
    };
    static Window window(const onvif::PtzVector &ptz);

private:
    std::vector<std::uint32_t> m_pixels; // kSize, 0x00RRGGBB
};

} // namespace pontive::camsim
