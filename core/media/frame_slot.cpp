#include "frame_slot.h"

namespace pontive::core {

bool FrameSlot::put(VideoFrame frame)
{
    std::optional<VideoFrame> old; // released outside the lock
    std::lock_guard lock(m_mutex);
    const bool dropped = m_frame.has_value();
    old = std::exchange(m_frame, std::move(frame));
    return dropped;
}

std::optional<VideoFrame> FrameSlot::take()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_frame, std::nullopt);
}

void FrameSlot::clear()
{
    std::optional<VideoFrame> old;
    std::lock_guard lock(m_mutex);
    old = std::exchange(m_frame, std::nullopt);
}

} // namespace pontive::core
