#pragma once

// Private to core/media: which sessions have something new to look at (a frame, a bus
// message). The streaming threads of every pipeline push their session's key; the thread
// that owns the sessions takes all keys in one wake-up.

#include "util/wakeup_fd.h"

#include <cstdint>
#include <mutex>
#include <vector>

namespace pontive::core::gst {

class WakeQueue
{
public:
    using Key = std::uint64_t;

    bool isValid() const { return m_fd.isValid(); }
    int fd() const { return m_fd.fd(); }

    // Any thread. The descriptor is rung only when the queue stops being empty: at 8x8,
    // 64 sessions' frames cost the owning thread one wake-up (and one poll over one
    // descriptor) instead of one each.
    void push(Key key) noexcept;
    // The owner: replaces `keys` with every key pushed so far (in order, duplicates
    // possible). Never waits for a pusher: while a push is under way it leaves the keys
    // queued and rings again, so the owner comes back on its next loop pass (a pusher is
    // a lowest-priority streaming thread and may be preempted holding the lock).
    void takeAll(std::vector<Key> &keys);

private:
    WakeupFd m_fd;
    std::mutex m_mutex;
    std::vector<Key> m_keys; // guarded
};

} // namespace pontive::core::gst
