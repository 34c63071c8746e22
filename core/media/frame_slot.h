#pragma once

#include "video_frame.h"

#include <mutex>
#include <optional>

namespace pontive::core {

// Latest wins: the streaming thread puts, the consumer takes; a frame nobody took before
// the next one arrived counts as dropped. Thread-safe.
class FrameSlot
{
public:
    // True when an untaken frame was replaced (dropped).
    bool put(VideoFrame frame);
    std::optional<VideoFrame> take();
    void clear();

private:
    std::mutex m_mutex;
    std::optional<VideoFrame> m_frame;
};

} // namespace pontive::core
