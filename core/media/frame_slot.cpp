#include "frame_slot.h"

#include <algorithm>
#include <iterator>

namespace pontive::core {

bool FrameSlot::put(VideoFrame frame)
{
    // Released outside the lock, in this (the producing) thread.
    std::optional<VideoFrame> old;
    std::vector<VideoFrame> released;
    released.reserve(2); // here, not under the lock
    std::lock_guard lock(m_mutex);
    const bool dropped = m_frame.has_value();
    old = std::exchange(m_frame, std::move(frame));
    // Only the slot's copy left: nobody can take another, so the count cannot grow back.
    const auto letGo = std::partition(m_handedOut.begin(), m_handedOut.end(),
                                      [](const VideoFrame &handed) { return !handed.isOnlyCopy(); });
    std::move(letGo, m_handedOut.end(), std::back_inserter(released));
    m_handedOut.erase(letGo, m_handedOut.end());
    return dropped;
}

std::optional<VideoFrame> FrameSlot::take()
{
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return std::nullopt; // a put() is under way, and its producer notifies after it
    if (m_frame && !m_frame->isNull())
        m_handedOut.push_back(*m_frame);
    return std::exchange(m_frame, std::nullopt);
}

void FrameSlot::clear()
{
    std::optional<VideoFrame> old;
    std::vector<VideoFrame> handedOut;
    std::lock_guard lock(m_mutex);
    old = std::exchange(m_frame, std::nullopt);
    handedOut.swap(m_handedOut);
}

} // namespace pontive::core
