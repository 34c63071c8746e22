#include "pipeline_builder.h"

#include "decoder_choice.h"
#include "pipeline_reaper.h"
#include "pipeline_shared.h"
#include "stream_pipeline.h"
#include "streaming_priority.h"

#include <QMetaObject>

#include <algorithm>
#include <thread>

namespace pontive::core::gst {

namespace {
int builderThreads()
{
    return std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 2, 4);
}
} // namespace

BuiltPipeline::BuiltPipeline(Result<std::unique_ptr<StreamPipeline>> result, PipelineReaper &reaper)
    : m_result(std::move(result)), m_reaper(reaper)
{
}

BuiltPipeline::~BuiltPipeline()
{
    if (m_result && *m_result)
        m_reaper.dispose((*m_result)->release());
}

Result<std::unique_ptr<StreamPipeline>> BuiltPipeline::take()
{
    Result<std::unique_ptr<StreamPipeline>> taken = std::move(m_result);
    m_result = std::unique_ptr<StreamPipeline>();
    return taken;
}

PipelineBuilder::PipelineBuilder(PipelineReaper &reaper, std::shared_ptr<DecoderChoice> decoders)
    : m_reaper(reaper), m_decoders(std::move(decoders)), m_pool(builderThreads(), "pontive-builder", markControlThread)
{
}

void PipelineBuilder::build(StreamOptions options, std::shared_ptr<PipelineShared> shared)
{
    m_pool.post([this, options = std::move(options), shared = std::move(shared)] {
        if (shared->retired.load())
            return; // the session moved on before its turn came
        auto result = StreamPipeline::create(options, shared, m_decoders);
        if (result)
            (*result)->start();
        auto built = std::make_shared<BuiltPipeline>(std::move(result), m_reaper);
        std::lock_guard lock(shared->deliveryMutex);
        if (shared->receiver && shared->onBuilt)
            QMetaObject::invokeMethod(
                shared->receiver, [deliver = shared->onBuilt, built] { deliver(built); }, Qt::QueuedConnection);
        // Otherwise `built` goes out of scope here and the reaper takes the pipeline.
    });
}

} // namespace pontive::core::gst
