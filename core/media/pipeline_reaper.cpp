#include "pipeline_reaper.h"

#include "media_logging.h"

#include <chrono>

namespace pontive::core::gst {

namespace {
constexpr int kTeardownThreads = 4;
}

PipelineReaper::PipelineReaper()
{
    for (int i = 0; i < kTeardownThreads; ++i)
        m_threads.emplace_back([this] { run(); });
}

PipelineReaper::~PipelineReaper()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void PipelineReaper::dispose(ElementHandle pipeline)
{
    if (!pipeline)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(pipeline));
    }
    m_wake.notify_one();
}

void PipelineReaper::drain()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && m_busy == 0; });
}

void PipelineReaper::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) {
            if (m_stopping)
                return;
            continue;
        }
        ElementHandle pipeline = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_busy;
        lock.unlock();

        const auto started = std::chrono::steady_clock::now();
        gst_element_set_state(pipeline.get(), GST_STATE_NULL);
        pipeline.reset();
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        if (took > std::chrono::seconds(1))
            qCWarning(lcMedia) << "pipeline teardown took" << took.count() << "ms";

        lock.lock();
        --m_busy;
        if (m_queue.empty() && m_busy == 0)
            m_idle.notify_all();
    }
}

} // namespace pontive::core::gst
