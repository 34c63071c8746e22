#include "ptz_scene.h"

#include <algorithm>
#include <cstring>

namespace pontive::camsim {

namespace {
constexpr int kCells = 20;
constexpr int kLine = 3;
} // namespace

PtzScene::PtzScene() : m_pixels(std::size_t(kSize.width()) * std::size_t(kSize.height()))
{
    const int w = kSize.width();
    const int h = kSize.height();
    const int cellW = w / kCells;
    const int cellH = h / kCells;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const int cx = x / cellW;
            const int cy = y / cellH;
            const bool line = x % cellW < kLine || y % cellH < kLine;
            const std::uint32_t r = std::uint32_t(x) * 255u / std::uint32_t(w - 1);
            const std::uint32_t g = std::uint32_t(y) * 255u / std::uint32_t(h - 1);
            const std::uint32_t b = std::uint32_t((cx * 7 + cy * 13) % 5) * 60u;
            m_pixels[std::size_t(y) * std::size_t(w) + std::size_t(x)] =
                line ? 0x00202020u : (r << 16) | (g << 8) | b;
        }
    }
}

PtzScene::Window PtzScene::window(const onvif::PtzVector &ptz)
{
    const double pan = std::clamp(ptz.pan, -1.0, 1.0);
    const double tilt = std::clamp(ptz.tilt, -1.0, 1.0);
    const double zoom = std::clamp(ptz.zoom, 0.0, 1.0);
    const double share = 0.5 / (1.0 + 3.0 * zoom);
    const double width = kSize.width() * share;
    const double height = kSize.height() * share;
    const double cx = kSize.width() * (0.5 + pan / 4.0);
    const double cy = kSize.height() * (0.5 - tilt / 4.0);
    return {cx - width / 2.0, cy - height / 2.0, width, height};
}

void PtzScene::render(const onvif::PtzVector &ptz, std::uint8_t *bgrx, int stride, QSize out) const
{
    const Window win = window(ptz);
    const int sceneW = kSize.width();
    const int sceneH = kSize.height();
    std::vector<int> columns(std::size_t(out.width()));
    for (int x = 0; x < out.width(); ++x)
        columns[std::size_t(x)] = std::clamp(int(win.x + (x + 0.5) * win.width / out.width()), 0, sceneW - 1);
    for (int y = 0; y < out.height(); ++y) {
        const int sy = std::clamp(int(win.y + (y + 0.5) * win.height / out.height()), 0, sceneH - 1);
        const std::uint32_t *source = m_pixels.data() + std::size_t(sy) * std::size_t(sceneW);
        auto *row = reinterpret_cast<std::uint32_t *>(bgrx + std::ptrdiff_t(y) * stride);
        for (int x = 0; x < out.width(); ++x)
            row[x] = source[columns[std::size_t(x)]]; // 0x00RRGGBB is BGRx in memory
    }
}

} // namespace pontive::camsim
