#include "latency_stamp.h"

#include <cstddef>
#include <cstring>

namespace pontive::core {

namespace {

constexpr int kBits = LatencyStamp::kColumns * LatencyStamp::kRows;
constexpr std::uint64_t kTimeMask = (std::uint64_t(1) << 48) - 1;

std::uint16_t check(std::uint64_t time)
{
    return static_cast<std::uint16_t>((time ^ (time >> 16) ^ (time >> 32) ^ 0xa5a5u) & 0xffffu);
}

// The block of bit i (row-major) in a picture of this size.
struct Block {
    int x0, x1, y0, y1;
};

Block blockOf(int bit, QSize size)
{
    const int row = bit / LatencyStamp::kColumns;
    const int column = bit % LatencyStamp::kColumns;
    const double stripHeight = size.height() * LatencyStamp::kStripShare;
    return {column * size.width() / LatencyStamp::kColumns, (column + 1) * size.width() / LatencyStamp::kColumns,
            static_cast<int>(row * stripHeight / LatencyStamp::kRows),
            static_cast<int>((row + 1) * stripHeight / LatencyStamp::kRows)};
}

} // namespace

std::uint64_t LatencyStamp::encode(std::int64_t ms)
{
    const std::uint64_t time = static_cast<std::uint64_t>(ms) & kTimeMask;
    return (time << 16) | check(time);
}

void LatencyStamp::paintLuma(std::uint8_t *luma, int stride, QSize size, std::int64_t msSinceEpoch)
{
    const std::uint64_t word = encode(msSinceEpoch);
    for (int bit = 0; bit < kBits; ++bit) {
        const bool one = (word >> (kBits - 1 - bit)) & 1u;
        const Block b = blockOf(bit, size);
        for (int y = b.y0; y < b.y1; ++y)
            std::memset(luma + std::ptrdiff_t(y) * stride + b.x0, one ? 235 : 16, std::size_t(b.x1 - b.x0));
    }
}

std::optional<std::int64_t> LatencyStamp::readBgrx(const std::uint8_t *bits, int stride, QSize size)
{
    return read(bits, stride, size, 4);
}

std::optional<std::int64_t> LatencyStamp::readLuma(const std::uint8_t *luma, int stride, QSize size)
{
    return read(luma, stride, size, 1);
}

std::optional<std::int64_t> LatencyStamp::read(const std::uint8_t *bits, int stride, QSize size, int bytesPerPixel)
{
    if (!bits || size.width() < kColumns * 2 || size.height() < 32)
        return std::nullopt;
    std::uint64_t word = 0;
    for (int bit = 0; bit < kBits; ++bit) {
        const Block b = blockOf(bit, size);
        const std::uint8_t *pixel =
            bits + std::ptrdiff_t((b.y0 + b.y1) / 2) * stride + ((b.x0 + b.x1) / 2) * bytesPerPixel;
        // Grey blocks: any channel of BGRx is the level, as the luma is.
        const int level = bytesPerPixel == 1 ? pixel[0] : (pixel[0] + pixel[1] + pixel[2]) / 3;
        word = (word << 1) | (level > 128 ? 1u : 0u);
    }
    const std::uint64_t time = word >> 16;
    if (check(time) != (word & 0xffffu))
        return std::nullopt;
    return static_cast<std::int64_t>(time);
}

} // namespace pontive::core
