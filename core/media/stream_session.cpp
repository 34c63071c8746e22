#include "stream_session.h"

#include "frame_slot.h"
#include "gst_error_mapping.h"
#include "media_engine.h"
#include "media_logging.h"
#include "pipeline_builder.h"
#include "pipeline_event.h"
#include "pipeline_reaper.h"
#include "pipeline_shared.h"
#include "reconnect_backoff.h"
#include "session_waker.h"
#include "start_crowd.h"
#include "stream_pipeline.h"
#include "util/url_redaction.h"

#include <QCoreApplication>

namespace pontive::core {

using namespace std::chrono_literals;

namespace {
constexpr auto kTickInterval = 500ms;
constexpr auto kStatsWindow = 1s;
// rtspsrc should give up by itself after tcp-timeout; this catches a source that hangs
// in the handshake anyway (seen when connecting to a simulator that was restarting).
constexpr auto kConnectGrace = 1s;
} // namespace

StreamSession::StreamSession(std::shared_ptr<MediaEngine> engine, StreamOptions options, QObject *parent)
    : QObject(parent),
      m_engine(std::move(engine)),
      m_options(std::move(options)),
      m_redactedUrl(redactUrl(m_options.url)),
      m_slot(std::make_shared<FrameSlot>()),
      m_backoff(std::make_unique<ReconnectBackoff>(m_options.backoff))
{
    Q_ASSERT(m_engine);
    m_tick.setInterval(kTickInterval);
    connect(&m_tick, &QTimer::timeout, this, &StreamSession::onTick);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StreamSession::connectNow);
    m_wakeKey = m_engine->waker().enrol([this] { onWake(); });
}

StreamSession::~StreamSession()
{
    m_engine->waker().leave(m_wakeKey);
    leaveCrowd();
    teardown();
    // A pipeline built meanwhile may wait in the queue: dropped now, it goes to the reaper
    // while the engine is surely still there.
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

void StreamSession::start()
{
    if (m_shared || m_retry.isActive())
        return;
    m_backoff->reset();
    // A fresh start (a tile switched to this camera) joins the crowd; reconnects do not.
    leaveCrowd();
    m_crowdTicket = m_engine->startCrowd().join(Clock::now());
    m_inCrowd = true;
    updateWarmUp();
    connectNow();
}

void StreamSession::stop()
{
    m_retry.stop();
    m_tick.stop();
    leaveCrowd();
    m_inCrowd = false;
    m_warmUp = false;
    teardown();
    m_slot->clear();
    setStatus({});
}

void StreamSession::setTargetSize(QSize size)
{
    if (size == m_options.targetSize)
        return;
    m_options.targetSize = size;
    if (m_pipeline)
        m_pipeline->setTargetSize(size);
}

void StreamSession::setKeyframesOnly(bool keyframesOnly)
{
    m_options.keyframesOnly = keyframesOnly;
    if (m_shared)
        m_shared->keyframesOnly = decodesKeyframesOnly();
}

void StreamSession::leaveCrowd()
{
    if (m_crowdTicket)
        m_engine->startCrowd().leave(*m_crowdTicket);
    m_crowdTicket.reset();
}

void StreamSession::updateWarmUp()
{
    const bool warm = m_inCrowd && m_engine->startCrowd().crowded(Clock::now());
    if (!warm)
        m_inCrowd = false; // the crowd has its pictures: on its own from now on
    if (warm == m_warmUp)
        return;
    m_warmUp = warm;
    qCDebug(lcMedia) << m_redactedUrl << (warm ? "starts with key frames only (many tiles starting)" : "full rate");
    if (m_shared)
        m_shared->keyframesOnly = decodesKeyframesOnly();
}

StreamStats StreamSession::stats() const
{
    StreamStats stats = m_stats;
    stats.framesIn = m_baseFramesIn + (m_shared ? m_shared->framesIn.load() : 0);
    stats.framesDropped = m_baseDropped + (m_shared ? m_shared->framesDropped.load() : 0);
    stats.bytesIn = m_baseBytesIn + (m_shared ? m_shared->bytesIn.load() : 0);
    if (m_shared) {
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->codec.isEmpty())
            stats.codec = m_shared->codec;
        if (!m_shared->decoder.isEmpty()) {
            stats.decoder = m_shared->decoder;
            stats.decoderKind = m_shared->decoderKind;
        }
        if (m_shared->resolution.isValid())
            stats.resolution = m_shared->resolution;
    }
    return stats;
}

std::optional<VideoFrame> StreamSession::takeFrame()
{
    auto frame = m_slot->take();
    if (frame)
        ++m_stats.framesShown;
    return frame;
}

void StreamSession::connectNow()
{
    teardown();
    if (const QString problem = checkUrl(m_options.url, {QStringLiteral("rtsp"), QStringLiteral("rtsps")});
        !problem.isEmpty()) {
        // Retrying cannot fix the address: stay offline until someone changes it.
        setStatus({StreamState::Offline, OfflineReason::BadUrl, 0, {}, redactUrl(problem)});
        qCWarning(lcMedia) << "bad stream URL" << m_redactedUrl << problem;
        return;
    }

    if (!m_engine->waker().isValid()) {
        fail(OfflineReason::Internal, QStringLiteral("no file descriptor left for the frame notifier"));
        return;
    }
    auto shared = std::make_shared<gst::PipelineShared>();
    shared->slot = m_slot;
    shared->wake = m_engine->waker().queue();
    shared->wakeKey = m_wakeKey;
    shared->receiver = this;
    // Set here, not by the build: the governor and the crowd may change it while the
    // pipeline is being built, through m_shared.
    shared->keyframesOnly = decodesKeyframesOnly();
    const std::weak_ptr<gst::PipelineShared> weak(shared);
    shared->onBuilt = [this, weak](std::shared_ptr<gst::BuiltPipeline> built) {
        if (auto current = weak.lock(); current && current == m_shared)
            onBuilt(*built);
    };
    m_shared = std::move(shared);
    // Built and started off this thread; onBuilt() takes it over.
    m_engine->builder().build(m_options, m_shared);

    m_connectStarted = Clock::now();
    m_windowStart = m_connectStarted;
    m_windowFrames = m_baseFramesIn;
    m_windowBytes = 0;
    m_hadFrame = false;
    m_stats.timeToFirstFrame.reset();
    m_stats.timeToSetUp.reset();
    m_stats.timeToFirstData.reset();
    m_stats.fps = 0;
    m_stats.kbitPerSecond = 0;
    setStatus({StreamState::Connecting, m_status.reason, m_backoff->attempt(), {}, {}});
    qCDebug(lcMedia) << "connecting" << m_redactedUrl;
    m_tick.start();
}

void StreamSession::onBuilt(gst::BuiltPipeline &built)
{
    auto pipeline = built.take();
    if (!pipeline) {
        fail(OfflineReason::Internal, pipeline.error().fullText());
        return;
    }
    m_pipeline = std::move(*pipeline);
    // The tile may have changed size while the pipeline was being built.
    if (m_pipeline->targetSize() != m_options.targetSize)
        m_pipeline->setTargetSize(m_options.targetSize);
    takeEvents(); // what was posted while it was being built
}

void StreamSession::teardown()
{
    if (!m_shared)
        return;
    m_baseFramesIn += m_shared->framesIn.load();
    m_baseDropped += m_shared->framesDropped.load();
    m_baseBytesIn += m_shared->bytesIn.load();
    m_stats = stats();
    m_stats.framesIn = m_baseFramesIn;
    m_stats.framesDropped = m_baseDropped;
    m_stats.bytesIn = m_baseBytesIn;
    if (m_pipeline)
        m_engine->reaper().dispose(m_pipeline->release());
    else
        m_shared->detach(); // still being built: the builder hands it to the reaper
    m_pipeline.reset();
    m_shared.reset();
}

void StreamSession::fail(OfflineReason reason, const QString &detail)
{
    leaveCrowd(); // a camera that fails must not hold the others at key frames
    teardown();
    m_tick.stop();
    const auto now = Clock::now();
    StreamStatus next;
    next.reason = reason;
    next.detail = redactUrl(detail);
    std::chrono::milliseconds wait = m_options.offlineRetry;
    if (gst::isTransient(reason)) {
        next.state = StreamState::Reconnecting;
        wait = m_backoff->next();
    } else {
        next.state = StreamState::Offline;
        m_backoff->next();
    }
    next.attempt = m_backoff->attempt();
    next.nextTry = now + wait;
    ++m_stats.reconnects;
    if (m_status.state != next.state || m_status.reason != next.reason)
        qCWarning(lcMedia).noquote() << m_redactedUrl << toString(next.state) << "(" << toString(reason)
                                     << "):" << next.detail;
    setStatus(std::move(next));
    m_retry.start(wait);
}

void StreamSession::setStatus(StreamStatus status)
{
    if (status == m_status)
        return;
    m_status = std::move(status);
    emit statusChanged(m_status);
}

void StreamSession::takeEvents()
{
    if (!m_pipeline) // still being built: onBuilt() takes them
        return;
    // A handler may tear the pipeline down; stop at that point.
    for (const PipelineEvent &event : m_shared->takeEvents()) {
        onEvent(event);
        if (!m_pipeline)
            break;
    }
}

void StreamSession::onEvent(const PipelineEvent &event)
{
    switch (event.kind) {
    case PipelineEvent::Kind::Error:
    case PipelineEvent::Kind::EndOfStream: fail(event.reason, event.detail); break;
    case PipelineEvent::Kind::Warning: qCDebug(lcMedia).noquote() << m_redactedUrl << "warning:" << event.detail; break;
    case PipelineEvent::Kind::Playing: break;
    }
}

void StreamSession::onWake()
{
    takeEvents();
    if (m_shared && m_shared->notifyPending)
        onFrameNotified();
}

void StreamSession::onFrameNotified()
{
    m_shared->notifyPending = false;
    m_lastFrame = Clock::now();
    if (!m_hadFrame) {
        m_hadFrame = true;
        const auto since = [this](std::int64_t at) -> std::optional<std::chrono::milliseconds> {
            if (at == 0)
                return std::nullopt;
            return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::time_point(Clock::duration(at))
                                                                         - m_connectStarted);
        };
        m_stats.timeToFirstFrame = std::chrono::duration_cast<std::chrono::milliseconds>(m_lastFrame - m_connectStarted);
        m_stats.timeToSetUp = since(m_shared->setUpAt.load());
        m_stats.timeToFirstData = since(m_shared->firstUnitAt.load());
        leaveCrowd();
        updateWarmUp();
        m_backoff->reset();
        setStatus({StreamState::Playing, OfflineReason::None, 0, {}, {}});
        qCDebug(lcMedia) << "first frame" << m_redactedUrl << "after" << m_stats.timeToFirstFrame->count() << "ms";
        emit firstFrame();
    } else if (m_status.state != StreamState::Playing) {
        setStatus({StreamState::Playing, OfflineReason::None, 0, {}, {}});
    }
    emit frameAvailable();
}

void StreamSession::onTick()
{
    if (!m_shared)
        return;
    if (m_inCrowd)
        updateWarmUp();
    const auto now = Clock::now();
    if (now - m_windowStart >= kStatsWindow) {
        const double seconds = std::chrono::duration<double>(now - m_windowStart).count();
        const std::uint64_t frames = m_baseFramesIn + m_shared->framesIn.load();
        const std::uint64_t bytes = m_shared->bytesIn.load();
        m_stats.fps = static_cast<double>(frames - m_windowFrames) / seconds;
        m_stats.kbitPerSecond = static_cast<double>(bytes - m_windowBytes) * 8.0 / 1000.0 / seconds;
        m_windowFrames = frames;
        m_windowBytes = bytes;
        m_windowStart = now;
    }

    const bool connected = m_shared->connected.load();
    const auto quietSince = m_hadFrame ? m_lastFrame : m_connectStarted;
    switch (m_status.state) {
    case StreamState::Connecting:
        if (!connected && now - m_connectStarted > m_options.tcpTimeout + kConnectGrace) {
            fail(OfflineReason::Unreachable, QStringLiteral("no RTSP session set up in time"));
            return;
        }
        // Set up, but never a picture on this connection (a handshake or a server that
        // hung while restarting): not worth the stall's extra wait, try again now.
        if (connected && !m_hadFrame && now - m_connectStarted > m_options.stallTimeout) {
            fail(OfflineReason::ConnectionLost, QStringLiteral("no picture after connecting; reconnecting"));
            return;
        }
        [[fallthrough]];
    case StreamState::Playing:
        if ((connected || m_hadFrame) && now - quietSince > m_options.stallTimeout) {
            m_stalledSince = now;
            setStatus({StreamState::Stalled, OfflineReason::None, 0, {}, {}});
            qCWarning(lcMedia) << "stalled" << m_redactedUrl;
        }
        break;
    case StreamState::Stalled:
        if (now - m_stalledSince > m_options.stallReconnectAfter)
            fail(OfflineReason::ConnectionLost, QStringLiteral("no frames for a while; reconnecting"));
        break;
    default: break;
    }
}

} // namespace pontive::core
