#pragma once

// Private to core/media.

#include "gst_handle.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace pontive::core::gst {

// Sets pipelines to NULL and drops them on its own threads: set_state(NULL) on a
// misbehaving camera blocked up to 23 s here, and the GUI thread must never wait. Several
// threads, so a layout switch's 64 teardowns (each waiting on the camera's TEARDOWN
// answer) do not queue one behind another.
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
    int m_busy = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace pontive::core::gst
