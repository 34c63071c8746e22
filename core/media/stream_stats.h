#pragma once

#include <QSize>
#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>

namespace pontive::core {

enum class DecoderKind { Unknown, Software, Hardware };

struct StreamStats {
    std::uint64_t framesIn = 0;      // decoded frames that reached the slot
    std::uint64_t framesShown = 0;   // frames the consumer took
    std::uint64_t framesDropped = 0; // replaced in the slot before anyone took them
    double fps = 0.0;                // frames in per second, last ~second
    double kbitPerSecond = 0.0;      // compressed bytes received, last ~second
    std::uint64_t bytesIn = 0;       // compressed bytes received since the session started
    QSize resolution;                // the camera's picture size (before scaling)
    QString codec;                   // "H264", "H265", ...
    QString decoder;                 // element factory name, e.g. "avdec_h264"
    DecoderKind decoderKind = DecoderKind::Unknown;
    std::optional<std::chrono::milliseconds> timeToFirstFrame; // since the last (re)connect
    // Its phases: the RTSP session set up, then the first picture's data at the decoder.
    std::optional<std::chrono::milliseconds> timeToSetUp;
    std::optional<std::chrono::milliseconds> timeToFirstData;
    int reconnects = 0;
};

} // namespace pontive::core
