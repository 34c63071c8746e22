#include "pipeline_reaper.h"

#include "media_logging.h"
#include "streaming_priority.h"

#include <chrono>
#include <memory>

#include <malloc.h>

namespace pontive::core::gst {

namespace {
// A viewer keeps receiving until its TEARDOWN is answered: with 4 threads the old
// streams of a 64-tile switch kept the cameras (camsim) busy while the new ones started
// (switch p50 2.3-2.9 s; with 16: 1.9-2.3 s, measured in the wall switch bench).
constexpr int kTeardownThreads = 16;
}

PipelineReaper::PipelineReaper() : m_pool(kTeardownThreads, "pontive-reaper", markControlThread) {}

void PipelineReaper::dispose(ElementHandle pipeline)
{
    if (!pipeline)
        return;
    // std::function needs a copyable job: the handle rides in a shared_ptr.
    auto held = std::make_shared<ElementHandle>(std::move(pipeline));
    m_inFlight.fetch_add(1);
    m_pool.post([this, held] {
        const auto started = std::chrono::steady_clock::now();
        gst_element_set_state(held->get(), GST_STATE_NULL);
        held->reset();
        const auto took =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        if (took > std::chrono::seconds(1))
            qCWarning(lcMedia) << "pipeline teardown took" << took.count() << "ms";
        // The last teardown of a burst (a layout switch) gives the freed pages back: with
        // a malloc arena per thread (MediaEngine) they would otherwise stay resident in
        // the arenas of threads that are gone (RSS +90 MiB a 64-tile switch).
        if (m_inFlight.fetch_sub(1) == 1)
            malloc_trim(0);
    });
}

} // namespace pontive::core::gst
