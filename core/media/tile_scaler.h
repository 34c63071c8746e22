#pragma once

// Private to core/media: the wall's scaler element, "pontivetilescale".

namespace pontive::core::gst {

inline constexpr const char *kTileScalerFactory = "pontivetilescale";

// Registers the element with GStreamer (once; later calls only report the result).
// A GstVideoFilter like videoscale, with the same caps rules (any size and pixel aspect
// on either side, the format kept); 8-bit planar YUV and grey go through PlaneScaler,
// any other format through GstVideoConverter with videoscale's bilinear settings.
bool registerTileScaler();

} // namespace pontive::core::gst
