#pragma once

#include <QSize>

#include <cstdint>
#include <optional>

namespace pontive::core {

// A wall-clock time (ms since the epoch) burned into a picture so a viewer can measure
// the latency: 64 black/white blocks, 4 rows of 16 across the full width of the top
// 64/360 of the picture; 48 bits of time, most significant first, then a 16-bit check.
// The blocks are big enough to survive H.264 and scaling down to ~160x90 tiles.
class LatencyStamp
{
public:
    static constexpr int kColumns = 16;
    static constexpr int kRows = 4;
    static constexpr double kStripShare = 64.0 / 360.0; // of the picture height

    // Writes the blocks into an 8-bit luma plane (I420/NV12 Y; chroma left as it is).
    static void paintLuma(std::uint8_t *luma, int stride, QSize size, std::int64_t msSinceEpoch);
    // Reads them back from a BGRx (Format_RGB32) picture; nothing when the check fails.
    static std::optional<std::int64_t> readBgrx(const std::uint8_t *bits, int stride, QSize size);
    // ... or from an 8-bit luma plane, straight out of a decoder.
    static std::optional<std::int64_t> readLuma(const std::uint8_t *luma, int stride, QSize size);

private:
    static std::uint64_t encode(std::int64_t ms);
    static std::optional<std::int64_t> read(const std::uint8_t *bits, int stride, QSize size, int bytesPerPixel);
};

} // namespace pontive::core
