#pragma once

// Private to core/media: the tile scaler's colour conversion, free of GStreamer.

#include <cstdint>

namespace pontive::core::gst {

// Y'CbCr rows to BGRx (x = 255) with a camera's matrix (its luma weights Kr and Kb:
// BT.601, BT.709, BT.2020) and range (limited 16-235 or full). Chroma at half the
// width, each sample for two pixels. Fixed point in 16-bit lanes, SSE2 8 pixels at a
// time; the scalar tail does the same arithmetic, so both give the same bytes.
class YuvToBgrx
{
public:
    YuvToBgrx(double kr, double kb, bool fullRange);

    void convertRow(const std::uint8_t *y, const std::uint8_t *u, const std::uint8_t *v, std::uint8_t *bgrx,
                    int width) const;

private:
    std::int16_t m_yOffset;   // 16 for the limited range, else 0
    std::int16_t m_y;         // the coefficients times 8192
    std::int16_t m_vr;
    std::int16_t m_ug;
    std::int16_t m_vg;
    std::int16_t m_ub;
};

} // namespace pontive::core::gst
