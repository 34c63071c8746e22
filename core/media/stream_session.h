#pragma once

#include "stream_options.h"
#include "stream_stats.h"
#include "stream_status.h"
#include "video_frame.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace pontive::core {

class FrameSlot;
class MediaEngine;
class ReconnectBackoff;
struct PipelineEvent;
namespace gst {
class BuiltPipeline;
class StreamPipeline;
struct PipelineShared;
} // namespace gst

// One shown camera stream: connects, decodes into a latest-wins slot, watches for
// stalls, reconnects with backoff forever and reports state and stats. Lives in the
// engine's thread (the GUI thread) and never blocks it: GStreamer runs on its own
// threads, pipelines are built and torn down on the engine's threads, frames and bus
// messages are announced through the engine's wake queue.
class StreamSession : public QObject
{
    Q_OBJECT
public:
    StreamSession(std::shared_ptr<MediaEngine> engine, StreamOptions options, QObject *parent = nullptr);
    ~StreamSession() override;

    void start();
    void stop();
    // Renegotiates the scaler in the running pipeline.
    void setTargetSize(QSize size);
    void setKeyframesOnly(bool keyframesOnly);

    const StreamStatus &status() const { return m_status; }
    StreamStats stats() const;
    QString redactedUrl() const { return m_redactedUrl; }
    const StreamOptions &options() const { return m_options; }

    // The newest frame nobody took yet (counts as shown).
    std::optional<VideoFrame> takeFrame();

signals:
    void statusChanged(const pontive::core::StreamStatus &status);
    void frameAvailable(); // coalesced: at most one pending per session
    void firstFrame();     // after every (re)connect

private:
    void connectNow();
    void teardown();
    void fail(OfflineReason reason, const QString &detail);
    void setStatus(StreamStatus status);
    void onBuilt(gst::BuiltPipeline &built);
    void onWake();
    void takeEvents();
    void onEvent(const PipelineEvent &event);
    void onFrameNotified();
    void onTick();
    // Key frames only while this session is one of a crowd of starts (StartCrowd).
    void updateWarmUp();
    void leaveCrowd();
    bool decodesKeyframesOnly() const { return m_options.keyframesOnly || m_warmUp; }

    using Clock = std::chrono::steady_clock;

    std::shared_ptr<MediaEngine> m_engine;
    StreamOptions m_options;
    QString m_redactedUrl;
    std::shared_ptr<FrameSlot> m_slot;
    std::uint64_t m_wakeKey = 0; // in the engine's SessionWaker
    std::shared_ptr<gst::PipelineShared> m_shared;     // from connecting to teardown
    std::unique_ptr<gst::StreamPipeline> m_pipeline; // null while being built
    std::unique_ptr<ReconnectBackoff> m_backoff;
    QTimer m_tick;
    QTimer m_retry;
    StreamStatus m_status;

    // Stats of pipelines already torn down, plus this one's.
    StreamStats m_stats;
    std::uint64_t m_baseFramesIn = 0;
    std::uint64_t m_baseBytesIn = 0;
    std::uint64_t m_baseDropped = 0;
    std::uint64_t m_windowFrames = 0;
    std::uint64_t m_windowBytes = 0;
    Clock::time_point m_windowStart;
    Clock::time_point m_connectStarted;
    Clock::time_point m_lastFrame;
    Clock::time_point m_stalledSince;
    bool m_hadFrame = false;
    std::optional<std::uint64_t> m_crowdTicket; // waiting for a first picture in the crowd
    bool m_inCrowd = false;                      // started with the crowd, not yet released
    bool m_warmUp = false;
};

} // namespace pontive::core
