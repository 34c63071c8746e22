#pragma once

// Private to core/media: the owning thread's side of the WakeQueue. Sessions enrol with a
// callback; one socket notifier wakes the thread, and every session whose key was pushed
// is called once per pass. After a pass the notifier rests for `rest`: a thread that is
// woken less often than that (a few tiles) sees each frame at once; a busy wall collects
// what arrived meanwhile into the next pass, so a frame waits at most `rest` longer.

#include "wake_queue.h"

#include <chrono>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace pontive::core::gst {

class SessionWaker
{
public:
    // In the thread that will own the sessions (the engine's).
    explicit SessionWaker(std::chrono::milliseconds rest);
    ~SessionWaker();
    SessionWaker(const SessionWaker &) = delete;
    SessionWaker &operator=(const SessionWaker &) = delete;

    // False when the kernel gave no descriptor (the process ran out of them).
    bool isValid() const { return m_queue->isValid(); }
    // Shared with the streaming threads: it outlives the waker while pipelines stop.
    const std::shared_ptr<WakeQueue> &queue() const { return m_queue; }

    WakeQueue::Key enrol(std::function<void()> onWake);
    // A key pushed after leave() wakes nobody.
    void leave(WakeQueue::Key key);

private:
    void onReadable();

    std::shared_ptr<WakeQueue> m_queue;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unique_ptr<QTimer> m_rest;
    std::unordered_map<WakeQueue::Key, std::function<void()>> m_sessions;
    std::vector<WakeQueue::Key> m_taken; // kept for its capacity
    WakeQueue::Key m_nextKey = 1;
};

} // namespace pontive::core::gst
