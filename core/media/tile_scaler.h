#pragma once

// Private to core/media: the wall's scaler element, "pontivetilescale".

namespace pontive::core::gst {

inline constexpr const char *kTileScalerFactory = "pontivetilescale";

// Registers the element with GStreamer (once; later calls only report the result).
// A GstVideoFilter like videoscale: any size and pixel aspect on either side, the format
// kept unless downstream asks for another. 4:2:0 Y'CbCr to BGRx (what the wall's tiles
// take) is scaled and converted in one step (PlaneScaler, YuvToBgrx); 8-bit planar YUV
// and grey kept in their format go through PlaneScaler; anything else through
// GstVideoConverter, bilinear over 2 taps.
bool registerTileScaler();

} // namespace pontive::core::gst
