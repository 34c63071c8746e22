#pragma once

// Private to core/media.

#include "gst_handle.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace pontive::core::gst {

// Sets pipelines to NULL and drops them on its own thread: set_state(NULL) on a
// misbehaving camera blocked up to 23 s here, and the GUI thread must never wait.
// The destructor finishes the queue before it returns.
class PipelineReaper
{
public:
    PipelineReaper();
    ~PipelineReaper();
    PipelineReaper(const PipelineReaper &) = delete;
    PipelineReaper &operator=(const PipelineReaper &) = delete;

    void dispose(ElementHandle pipeline);
    // Blocks until everything queued so far is torn down (tests, shutdown).
    void drain();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<ElementHandle> m_queue;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace pontive::core::gst
