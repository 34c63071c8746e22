#include "pipeline_reaper.h"

#include "media_logging.h"
#include "streaming_priority.h"

#include <chrono>
#include <memory>

namespace pontive::core::gst {

namespace {
// A viewer keeps receiving until its TEARDOWN is answered or times out (rtspsrc waits
// 100 ms), and the cameras keep sending to it: the old streams of a 64-tile switch should
// all end at once, not 16 at a time (with 16 threads the last old stream ended 0.7-1.8 s
// into the switch; with 64: after 0.4-0.8 s, switch p50 1.70 -> 1.58 s in the wall switch
// bench; with 4: p50 2.3-2.9 s). The threads mostly wait on the network.
constexpr int kTeardownThreads = 64;
}

PipelineReaper::PipelineReaper() : m_pool(kTeardownThreads, "pontive-reaper", markControlThread) {}

void PipelineReaper::dispose(ElementHandle pipeline)
{
    if (!pipeline)
        return;
    // std::function needs a copyable job: the handle rides in a shared_ptr.
    auto held = std::make_shared<ElementHandle>(std::move(pipeline));
    m_pool.post([held] {
        const auto started = std::chrono::steady_clock::now();
        gst_element_set_state(held->get(), GST_STATE_NULL);
        held->reset();
        const auto took =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        if (took > std::chrono::seconds(1))
            qCWarning(lcMedia) << "pipeline teardown took" << took.count() << "ms";
    });
}

} // namespace pontive::core::gst
