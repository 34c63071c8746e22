#pragma once

#include <QSize>

#include <chrono>
#include <cstdint>
#include <memory>

namespace pontive::core {

// One decoded BGRx picture (QImage::Format_RGB32 layout on little-endian), sharing the
// decoder's buffer without a copy. Cheap to copy; the buffer is released with the last
// copy. Wrap it for painting with
//   QImage(frame.bits(), w, h, frame.bytesPerLine(), QImage::Format_RGB32,
//          cleanup, new VideoFrame(frame))
class VideoFrame
{
public:
    struct Data; // opaque: holds the mapped GStreamer sample

    VideoFrame() = default;
    explicit VideoFrame(std::shared_ptr<const Data> data);

    bool isNull() const { return !m_data; }
    const std::uint8_t *bits() const;
    int bytesPerLine() const;
    QSize size() const;
    std::uint64_t serial() const; // increases per session, for "is this new?"

private:
    friend class FrameSlot; // hands frames out and frees them where they were made
    bool isOnlyCopy() const { return m_data.use_count() <= 1; }

    std::shared_ptr<const Data> m_data;
};

} // namespace pontive::core
