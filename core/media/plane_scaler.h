#pragma once

// Private to core/media: the tile scaler's arithmetic, free of GStreamer.

#include <cstdint>
#include <vector>

namespace pontive::core::gst {

// One direction of a separable filter: for each output sample, the first source sample
// and `count` weights in 1/256 that sum to 256.
class FilterTaps
{
public:
    explicit FilterTaps(int count = 0) : m_count(count) {}
    // Appends the next output sample: `weights` (count of them) rounded to 1/256 with the
    // rounding error put on the largest, so a flat picture stays flat.
    void append(int offset, const double *weights);

    int count() const { return m_count; }
    int outputs() const { return int(m_offset.size()); }
    int offset(int out) const { return m_offset[std::size_t(out)]; }
    const std::int32_t *offsets() const { return m_offset.data(); }
    const std::int16_t *weights(int out) const { return m_weight.data() + std::size_t(out) * std::size_t(m_count); }

private:
    int m_count;
    std::vector<std::int32_t> m_offset;
    std::vector<std::int16_t> m_weight;
};

// Resizes one 8-bit image plane with a separable filter (its taps from GStreamer's
// resampler, see tile_scaler.cpp). The vertical pass runs first, vectorised, into one
// row of the source width; then the horizontal pass over the tables. videoscale's
// horizontal bilinear pass runs in ORC's scalar C fallback: 0.35-0.40 ms a 640x360 ->
// 480x270 I420 frame, 60 % of what decoding the frame costs; this takes 0.17 ms.
class PlaneScaler
{
public:
    PlaneScaler() = default;
    // The taps must stay inside the source: offset + count <= the source's size.
    PlaneScaler(int inWidth, FilterTaps horizontal, FilterTaps vertical);

    int outWidth() const { return m_horizontal.outputs(); }
    int outHeight() const { return m_vertical.outputs(); }

    // Not reentrant: the row buffer is the scaler's own (one scaler per streaming thread).
    void scale(const std::uint8_t *src, int srcStride, std::uint8_t *dst, int dstStride);

private:
    void planBlocks();
    void filterRow(const std::uint8_t *row, std::uint8_t *out) const;

    int m_inWidth = 0;
    FilterTaps m_horizontal;
    FilterTaps m_vertical;
    std::vector<std::uint8_t> m_row;   // the vertically filtered row (+16 bytes of slack)
    // The horizontal pass with SSSE3, in blocks of m_block outputs (8 or 4; 0: scalar)
    // whose taps all lie in the 16 source bytes from the block's base: one load, one
    // byte shuffle per tap into 16-bit lanes, multiply-adds. Per block and tap, 16 bytes
    // of shuffle mask and 8 weights; per block its base.
    int m_block = 0;
    int m_blocks = 0;        // blocks that read inside the row; the rest is scalar
    std::vector<std::int32_t> m_blockBase;
    std::vector<std::uint8_t> m_shuffle;
    std::vector<std::int16_t> m_blockWeight;
};

} // namespace pontive::core::gst
