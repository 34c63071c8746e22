#include "plane_scaler.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#include <tmmintrin.h>
#endif

namespace pontive::core::gst {

namespace {

constexpr int kOne = 256;   // weights in 1/256: 8-bit samples times them fit 16-bit lanes

// out[x] = sum of rows[t][x] * weights[t], rounded. Linear-filter weights are never
// negative and sum to 256, so every partial sum fits an unsigned 16-bit lane.
void filterRows(const std::uint8_t *const *rows, const std::int16_t *weights, int count, std::uint8_t *out, int width)
{
    int x = 0;
#if defined(__SSE2__)
    const __m128i half = _mm_set1_epi16(kOne / 2);
    const __m128i zero = _mm_setzero_si128();
    for (; x + 16 <= width; x += 16) {
        __m128i lo = half;
        __m128i hi = half;
        for (int t = 0; t < count; ++t) {
            const __m128i w = _mm_set1_epi16(weights[t]);
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(rows[t] + x));
            lo = _mm_add_epi16(lo, _mm_mullo_epi16(_mm_unpacklo_epi8(v, zero), w));
            hi = _mm_add_epi16(hi, _mm_mullo_epi16(_mm_unpackhi_epi8(v, zero), w));
        }
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + x), _mm_packus_epi16(_mm_srli_epi16(lo, 8), _mm_srli_epi16(hi, 8)));
    }
#endif
    for (; x < width; ++x) {
        int sum = kOne / 2;
        for (int t = 0; t < count; ++t)
            sum += rows[t][x] * weights[t];
        out[x] = std::uint8_t(sum >> 8);
    }
}

// Raw pointers and a restrict output: through a uint8_t store the compiler must assume
// any table may have changed, and reloaded the vectors' pointers and sizes per pixel.
template <int Count>
void filterColumns(const std::uint8_t *__restrict row, const std::int32_t *__restrict offsets,
                   const std::int16_t *__restrict weights, int count, int outputs, std::uint8_t *__restrict out)
{
    const int n = Count > 0 ? Count : count;
    for (int x = 0; x < outputs; ++x, weights += n) {
        const std::uint8_t *in = row + offsets[x];
        int sum = kOne / 2;
        for (int t = 0; t < n; ++t)
            sum += in[t] * weights[t];
        out[x] = std::uint8_t(sum >> 8);
    }
}

#if defined(__SSE2__)
bool hasSsse3()
{
    static const bool has = __builtin_cpu_supports("ssse3");
    return has;
}

// The blocks of the horizontal pass (see PlaneScaler). pshufb puts each tap's source byte
// in the low half of a 16-bit lane and zeroes the high half (mask byte 0x80).
__attribute__((target("ssse3"))) void filterBlocks(const std::uint8_t *row, const std::int32_t *base,
                                                   const std::uint8_t *shuffle, const std::int16_t *weights, int taps,
                                                   int blocks, int block, std::uint8_t *out)
{
    const __m128i half = _mm_set1_epi16(kOne / 2);
    for (int b = 0; b < blocks; ++b, out += block) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(row + base[b]));
        __m128i sum = half;
        for (int t = 0; t < taps; ++t, shuffle += 16, weights += 8) {
            const __m128i mask = _mm_loadu_si128(reinterpret_cast<const __m128i *>(shuffle));
            const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i *>(weights));
            sum = _mm_add_epi16(sum, _mm_mullo_epi16(_mm_shuffle_epi8(v, mask), w));
        }
        const __m128i packed = _mm_packus_epi16(_mm_srli_epi16(sum, 8), sum);
        if (block == 8) {
            _mm_storel_epi64(reinterpret_cast<__m128i *>(out), packed);
        } else {
            const int four = _mm_cvtsi128_si32(packed);
            std::memcpy(out, &four, 4);
        }
    }
}
#endif

} // namespace

void FilterTaps::append(int offset, const double *weights)
{
    m_offset.push_back(offset);
    const std::size_t first = m_weight.size();
    int sum = 0;
    std::size_t largest = first;
    for (int t = 0; t < m_count; ++t) {
        const auto w = std::int16_t(std::max(0L, std::lround(weights[t] * kOne)));
        m_weight.push_back(w);
        sum += w;
        if (w > m_weight[largest])
            largest = m_weight.size() - 1;
    }
    m_weight[largest] = std::int16_t(m_weight[largest] + kOne - sum);
}

PlaneScaler::PlaneScaler(int inWidth, FilterTaps horizontal, FilterTaps vertical)
    : m_inWidth(inWidth), m_horizontal(std::move(horizontal)), m_vertical(std::move(vertical)),
      m_row(std::size_t(inWidth) + 16)
{
    planBlocks();
}

void PlaneScaler::planBlocks()
{
#if defined(__SSE2__)
    const int n = m_horizontal.count();
    const int outputs = m_horizontal.outputs();
    if (!hasSsse3() || n < 1)
        return;
    // The widest block whose every run of taps fits the 16 bytes from its base.
    const auto fits = [&](int block) {
        for (int x0 = 0; x0 + block <= outputs; x0 += block)
            if (m_horizontal.offset(x0 + block - 1) + n - m_horizontal.offset(x0) > 16)
                return false;
        return true;
    };
    m_block = fits(8) ? 8 : fits(4) ? 4 : 0;
    if (m_block == 0)
        return;
    // Only blocks whose 16-byte load stays inside the source row.
    for (int x0 = 0; x0 + m_block <= outputs && m_horizontal.offset(x0) + 16 <= m_inWidth; x0 += m_block) {
        const int base = m_horizontal.offset(x0);
        m_blockBase.push_back(base);
        for (int t = 0; t < n; ++t) {
            for (int j = 0; j < 8; ++j) {
                const bool used = j < m_block;
                m_shuffle.push_back(used ? std::uint8_t(m_horizontal.offset(x0 + j) + t - base) : 0x80);
                m_shuffle.push_back(0x80);
                m_blockWeight.push_back(used ? m_horizontal.weights(x0 + j)[t] : 0);
            }
        }
        ++m_blocks;
    }
#endif
}

void PlaneScaler::filterRow(const std::uint8_t *row, std::uint8_t *out) const
{
    const int n = m_horizontal.count();
    const int outW = m_horizontal.outputs();
    int done = 0;
#if defined(__SSE2__)
    if (m_blocks > 0) {
        filterBlocks(row, m_blockBase.data(), m_shuffle.data(), m_blockWeight.data(), n, m_blocks, m_block, out);
        done = m_blocks * m_block;
    }
#endif
    const std::int32_t *offsets = m_horizontal.offsets() + done;
    const std::int16_t *weights = m_horizontal.weights(0) + std::ptrdiff_t(done) * n;
    switch (n) {   // the usual counts unrolled by the compiler
    case 2: filterColumns<2>(row, offsets, weights, n, outW - done, out + done); break;
    case 3: filterColumns<3>(row, offsets, weights, n, outW - done, out + done); break;
    default: filterColumns<0>(row, offsets, weights, n, outW - done, out + done); break;
    }
}

void PlaneScaler::scale(const std::uint8_t *src, int srcStride, std::uint8_t *dst, int dstStride)
{
    std::vector<const std::uint8_t *> rows(std::size_t(m_vertical.count()));
    for (int y = 0; y < outHeight(); ++y) {
        const std::uint8_t *first = src + std::ptrdiff_t(m_vertical.offset(y)) * srcStride;
        const std::int16_t *w = m_vertical.weights(y);
        const std::uint8_t *row = nullptr;
        // A single full-weight tap is a copy: read the source row itself.
        for (int t = 0; t < m_vertical.count(); ++t)
            if (w[t] == kOne)
                row = first + std::ptrdiff_t(t) * srcStride;
        if (!row) {
            for (int t = 0; t < m_vertical.count(); ++t)
                rows[std::size_t(t)] = first + std::ptrdiff_t(t) * srcStride;
            filterRows(rows.data(), w, m_vertical.count(), m_row.data(), m_inWidth);
            row = m_row.data();
        }
        filterRow(row, dst + std::ptrdiff_t(y) * dstStride);
    }
}

} // namespace pontive::core::gst
