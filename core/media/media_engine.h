#pragma once

#include "error.h"

#include <memory>

namespace pontive::core {

class KeyframeGovernor;
class StartCrowd;

namespace gst {
class DecoderChoice;
class PipelineBuilder;
class PipelineReaper;
class SessionWaker;
} // namespace gst

// What every stream session shares: GStreamer initialised once, the threads that build and
// tear down pipelines.
// Built by the composition root and handed down; not a singleton.
class MediaEngine
{
public:
    static Result<std::shared_ptr<MediaEngine>> create();
    ~MediaEngine();
    MediaEngine(const MediaEngine &) = delete;
    MediaEngine &operator=(const MediaEngine &) = delete;

    // Blocks until every pipeline asked for is built and every pipeline handed over for
    // teardown is gone (tests, shutdown).
    void drainTeardowns();

    gst::PipelineReaper &reaper() { return *m_reaper; }
    gst::PipelineBuilder &builder() { return *m_builder; }
    // Decides which of the engine's CameraStreams decode key frames only (tiny, hidden
    // or over the CPU budget). Lives in the thread that created the engine.
    KeyframeGovernor &keyframeGovernor() { return *m_governor; }
    // The sessions that started together and wait for their first picture.
    StartCrowd &startCrowd() { return *m_startCrowd; }
    // Wakes the engine's thread for the sessions with a new frame or bus message.
    gst::SessionWaker &waker() { return *m_waker; }

private:
    explicit MediaEngine(std::shared_ptr<gst::DecoderChoice> decoders);
    std::unique_ptr<gst::PipelineReaper> m_reaper;
    std::unique_ptr<gst::PipelineBuilder> m_builder; // after the reaper: it hands pipelines to it
    std::unique_ptr<KeyframeGovernor> m_governor;
    std::unique_ptr<StartCrowd> m_startCrowd;
    std::unique_ptr<gst::SessionWaker> m_waker;
};

} // namespace pontive::core
