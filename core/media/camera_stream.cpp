#include "camera_stream.h"

#include "keyframe_governor.h"
#include "media_engine.h"
#include "media_logging.h"
#include "stream_session.h"

namespace pontive::core {

namespace {
constexpr auto kEvaluateInterval = std::chrono::seconds(1);
const StreamStatus kStopped;
} // namespace

CameraStream::CameraStream(std::shared_ptr<MediaEngine> engine, StreamOptions options, QString mainUrl, QString subUrl,
                           QualityPolicy policy, QObject *parent)
    : QObject(parent),
      m_engine(std::move(engine)),
      m_options(std::move(options)),
      m_mainUrl(std::move(mainUrl)),
      m_subUrl(std::move(subUrl)),
      m_selector(policy)
{
    m_evaluate.setInterval(kEvaluateInterval);
    connect(&m_evaluate, &QTimer::timeout, this, &CameraStream::evaluate);
    m_engine->keyframeGovernor().add(this);
}

CameraStream::~CameraStream()
{
    m_engine->keyframeGovernor().remove(this);
}

void CameraStream::start()
{
    if (m_running)
        return;
    m_running = true;
    // Before the tile knows its size, the cheaper stream; the first real view decides
    // without waiting for the hysteresis.
    if (m_subUrl.isEmpty())
        m_quality = StreamQuality::Main;
    else if (m_override)
        m_quality = *m_override;
    else if (!m_tileSize.isValid())
        m_quality = StreamQuality::Sub;
    else
        m_quality = m_selector.update(m_tileSize, m_tilesShown, m_fullScreen, QualitySelector::Clock::now());
    m_active = makeSession(m_quality);
    connectActive();
    m_active->start();
    m_evaluate.start();
}

void CameraStream::stop()
{
    m_running = false;
    m_evaluate.stop();
    m_pending.reset();
    m_active.reset();
    emit statusChanged(kStopped);
}

void CameraStream::setView(QSize tileSize, int tilesShown, bool fullScreen)
{
    if (tileSize != m_tileSize || fullScreen != m_fullScreen)
        m_lastViewChange = KeyframeTile::Clock::now();
    m_tileSize = tileSize;
    m_tilesShown = tilesShown;
    m_fullScreen = fullScreen;
    m_options.targetSize = tileSize;
    if (m_active)
        m_active->setTargetSize(tileSize);
    if (m_pending)
        m_pending->setTargetSize(tileSize);
    evaluate();
}

void CameraStream::setQualityOverride(std::optional<StreamQuality> quality)
{
    m_override = quality;
    evaluate();
}

void CameraStream::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    m_lastViewChange = KeyframeTile::Clock::now();
    if (selected)
        setKeyframesOnly(false); // at once, not at the governor's next look
}

void CameraStream::setHidden(bool hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    m_lastViewChange = KeyframeTile::Clock::now();
}

KeyframeTile CameraStream::keyframeTile() const
{
    return {reinterpret_cast<std::uintptr_t>(this), m_tileSize, !m_hidden, m_selected, m_lastViewChange};
}

void CameraStream::setKeyframesOnly(bool keyframesOnly)
{
    m_options.keyframesOnly = keyframesOnly;
    if (m_active)
        m_active->setKeyframesOnly(keyframesOnly);
    if (m_pending)
        m_pending->setKeyframesOnly(keyframesOnly);
}

const StreamStatus &CameraStream::status() const
{
    return m_active ? m_active->status() : kStopped;
}

std::optional<VideoFrame> CameraStream::takeFrame()
{
    return m_active ? m_active->takeFrame() : std::nullopt;
}

std::unique_ptr<StreamSession> CameraStream::makeSession(StreamQuality quality)
{
    StreamOptions options = m_options;
    options.url = quality == StreamQuality::Sub ? m_subUrl : m_mainUrl;
    return std::make_unique<StreamSession>(m_engine, options);
}

void CameraStream::evaluate()
{
    if (!m_running || m_subUrl.isEmpty() || !m_tileSize.isValid())
        return;
    const StreamQuality chosen = m_selector.update(m_tileSize, m_tilesShown, m_fullScreen, QualitySelector::Clock::now());
    const StreamQuality wanted = m_override.value_or(chosen);
    if (wanted == m_quality) {
        m_pending.reset(); // changed its mind before the new stream came up
        return;
    }
    if (m_pending && m_pendingQuality == wanted)
        return;
    m_pendingQuality = wanted;
    m_pending = makeSession(wanted);
    connect(m_pending.get(), &StreamSession::firstFrame, this, &CameraStream::promotePending);
    m_pending->start();
}

void CameraStream::connectActive()
{
    connect(m_active.get(), &StreamSession::frameAvailable, this, &CameraStream::frameAvailable);
    connect(m_active.get(), &StreamSession::statusChanged, this, &CameraStream::statusChanged);
}

void CameraStream::promotePending()
{
    if (!m_pending)
        return;
    m_active = std::move(m_pending); // the old session tears down on the engine's thread
    m_quality = m_pendingQuality;
    disconnect(m_active.get(), &StreamSession::firstFrame, this, &CameraStream::promotePending);
    connectActive();
    qCDebug(lcMedia) << "switched to" << (m_quality == StreamQuality::Main ? "main" : "sub") << m_active->redactedUrl();
    emit qualityChanged(m_quality);
    emit statusChanged(m_active->status());
    emit frameAvailable(); // the first frame of the new stream waits in its slot
}

} // namespace pontive::core
