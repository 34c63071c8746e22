#pragma once

// Private to core/media: what a VideoFrame holds.

#include "gst_handle.h"
#include "video_frame.h"

#include <gst/video/video.h>

namespace pontive::core {

struct VideoFrame::Data {
    Data() = default;
    Data(const Data &) = delete;
    Data &operator=(const Data &) = delete;
    ~Data();

    gst::SampleHandle sample;
    GstVideoFrame mapped{};
    bool isMapped = false;
    std::uint64_t serial = 0;

    // Maps the sample's buffer for reading; a null frame when the caps are not raw video.
    static VideoFrame fromSample(gst::SampleHandle sample, std::uint64_t serial);
};

} // namespace pontive::core
