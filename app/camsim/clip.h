#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace pontive::camsim {

enum class VideoCodec { H264, H265 };

// What one cached clip is made of: encoded once, then looped without re-encoding.
struct ClipSpec {
    QString camera;   // burned into the picture, e.g. "CAM 001"
    QString stream;   // "main" or "sub"
    VideoCodec codec = VideoCodec::H264;
    int width = 1280;
    int height = 720;
    int kbitPerSecond = 2000;
    int gopFrames = 50; // at 25 fps
    int seconds = 8;
};

struct AccessUnit {
    QByteArray data; // one frame, Annex B byte stream
    bool keyframe = false;
};

// A clip held in memory, ready to be pushed frame by frame.
struct Clip {
    QByteArray caps; // GStreamer caps string for the appsrc
    std::vector<AccessUnit> units;
    VideoCodec codec = VideoCodec::H264;
};

} // namespace pontive::camsim
