#pragma once

// Private to core/media.

#include "gst_handle.h"
#include "util/worker_pool.h"

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

    void dispose(ElementHandle pipeline);
    // Blocks until everything queued so far is torn down (tests, shutdown).
    void drain() { m_pool.drain(); }

private:
    WorkerPool m_pool;
};

} // namespace pontive::core::gst
