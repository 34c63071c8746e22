#pragma once

// Private to core/media.

#include "error.h"
#include "stream_options.h"
#include "util/worker_pool.h"

#include <memory>

namespace pontive::core::gst {

class DecoderChoice;
class PipelineReaper;
class StreamPipeline;
struct PipelineShared;

// A pipeline built for a session, on its way to the session's thread. Whoever drops it
// untaken (the session moved on, or is gone) hands it to the reaper, never blocking.
class BuiltPipeline
{
public:
    BuiltPipeline(Result<std::unique_ptr<StreamPipeline>> result, PipelineReaper &reaper);
    ~BuiltPipeline();
    BuiltPipeline(const BuiltPipeline &) = delete;
    BuiltPipeline &operator=(const BuiltPipeline &) = delete;

    Result<std::unique_ptr<StreamPipeline>> take();

private:
    Result<std::unique_ptr<StreamPipeline>> m_result;
    PipelineReaper &m_reaper;
};

// Builds and starts stream pipelines on its own threads. Creating the elements, linking
// them and the state change to PLAYING cost about 20-40 ms a pipeline on a busy machine:
// a 64-tile switch built on the GUI thread held it for 1-2.5 s.
class PipelineBuilder
{
public:
    PipelineBuilder(PipelineReaper &reaper, std::shared_ptr<DecoderChoice> decoders);

    // The result reaches shared->onBuilt in the receiver's thread. A session that detached
    // its shared state meanwhile gets nothing (the pipeline goes to the reaper).
    void build(StreamOptions options, std::shared_ptr<PipelineShared> shared);
    // Blocks until every build asked for so far is done (tests, shutdown).
    void drain() { m_pool.drain(); }

private:
    PipelineReaper &m_reaper;
    std::shared_ptr<DecoderChoice> m_decoders; // shared with the pipelines' pad handlers
    WorkerPool m_pool;
};

} // namespace pontive::core::gst
