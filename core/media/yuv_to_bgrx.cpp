#include "yuv_to_bgrx.h"

#include <algorithm>
#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pontive::core::gst {

namespace {

constexpr double kScale = 8192.0;   // coefficients up to 2.2 stay below 2^15

std::int16_t fixed(double coefficient)
{
    return std::int16_t(std::lround(coefficient * kScale));
}

// (sample << 7) * coefficient >> 16, as _mm_mulhi_epi16 computes it: the value times 16.
int term(int sample, int coefficient)
{
    return (sample * 128 * coefficient) >> 16;
}

std::uint8_t clamp8(int sixteenths)
{
    return std::uint8_t(std::clamp((sixteenths + 8) >> 4, 0, 255));
}

} // namespace

YuvToBgrx::YuvToBgrx(double kr, double kb, bool fullRange)
{
    const double kg = 1.0 - kr - kb;
    const double yScale = fullRange ? 1.0 : 255.0 / 219.0;
    const double cScale = fullRange ? 1.0 : 255.0 / 224.0;
    m_yOffset = fullRange ? 0 : 16;
    m_y = fixed(yScale);
    m_vr = fixed(cScale * 2.0 * (1.0 - kr));
    m_ug = fixed(cScale * 2.0 * (1.0 - kb) * kb / kg);
    m_vg = fixed(cScale * 2.0 * (1.0 - kr) * kr / kg);
    m_ub = fixed(cScale * 2.0 * (1.0 - kb));
}

void YuvToBgrx::convertRow(const std::uint8_t *y, const std::uint8_t *u, const std::uint8_t *v, std::uint8_t *bgrx,
                           int width) const
{
    int x = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i yOffset = _mm_set1_epi16(m_yOffset);
    const __m128i chromaOffset = _mm_set1_epi16(128);
    const __m128i round = _mm_set1_epi16(8);
    const __m128i cy = _mm_set1_epi16(m_y), cvr = _mm_set1_epi16(m_vr), cug = _mm_set1_epi16(m_ug),
                  cvg = _mm_set1_epi16(m_vg), cub = _mm_set1_epi16(m_ub);
    const __m128i alpha = _mm_set1_epi8(static_cast<char>(0xff));
    for (; x + 8 <= width; x += 8) {
        const __m128i ys = _mm_unpacklo_epi8(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(y + x)), zero);
        int u4 = 0, v4 = 0;
        std::copy_n(u + x / 2, 4, reinterpret_cast<std::uint8_t *>(&u4));
        std::copy_n(v + x / 2, 4, reinterpret_cast<std::uint8_t *>(&v4));
        __m128i us = _mm_cvtsi32_si128(u4);
        __m128i vs = _mm_cvtsi32_si128(v4);
        us = _mm_unpacklo_epi8(_mm_unpacklo_epi8(us, us), zero);   // each chroma sample twice
        vs = _mm_unpacklo_epi8(_mm_unpacklo_epi8(vs, vs), zero);
        const __m128i yq = _mm_mulhi_epi16(_mm_slli_epi16(_mm_sub_epi16(ys, yOffset), 7), cy);
        const __m128i uc = _mm_slli_epi16(_mm_sub_epi16(us, chromaOffset), 7);
        const __m128i vc = _mm_slli_epi16(_mm_sub_epi16(vs, chromaOffset), 7);
        const __m128i r = _mm_srai_epi16(_mm_add_epi16(_mm_add_epi16(yq, _mm_mulhi_epi16(vc, cvr)), round), 4);
        const __m128i g = _mm_srai_epi16(
            _mm_add_epi16(_mm_sub_epi16(_mm_sub_epi16(yq, _mm_mulhi_epi16(uc, cug)), _mm_mulhi_epi16(vc, cvg)), round), 4);
        const __m128i b = _mm_srai_epi16(_mm_add_epi16(_mm_add_epi16(yq, _mm_mulhi_epi16(uc, cub)), round), 4);
        const __m128i bg = _mm_unpacklo_epi8(_mm_packus_epi16(b, zero), _mm_packus_epi16(g, zero));
        const __m128i ra = _mm_unpacklo_epi8(_mm_packus_epi16(r, zero), alpha);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(bgrx + 4 * x), _mm_unpacklo_epi16(bg, ra));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(bgrx + 4 * x + 16), _mm_unpackhi_epi16(bg, ra));
    }
#endif
    for (; x < width; ++x) {
        const int yq = term(y[x] - m_yOffset, m_y);
        const int uc = u[x / 2] - 128;
        const int vc = v[x / 2] - 128;
        std::uint8_t *out = bgrx + 4 * x;
        out[0] = clamp8(yq + term(uc, m_ub));
        out[1] = clamp8(yq - term(uc, m_ug) - term(vc, m_vg));
        out[2] = clamp8(yq + term(vc, m_vr));
        out[3] = 255;
    }
}

} // namespace pontive::core::gst
