#pragma once

#include "keyframe_policy.h"
#include "quality_selector.h"
#include "stream_options.h"
#include "stream_status.h"
#include "video_frame.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace pontive::core {

class MediaEngine;
class StreamSession;

// One camera on one tile, main or sub stream as the tile's size and the wall's crowding
// ask (QualitySelector, hysteresis included). A switch starts the other stream next to
// the shown one and swaps only when its first frame is there: the old picture stays
// until then, never a black flash or a "connecting" state on the tile.
class CameraStream : public QObject
{
    Q_OBJECT
public:
    // subUrl may be empty: then the main stream is always used.
    CameraStream(std::shared_ptr<MediaEngine> engine, StreamOptions options, QString mainUrl, QString subUrl,
                 QualityPolicy policy = {}, QObject *parent = nullptr);
    ~CameraStream() override;

    void start();
    void stop();
    // The tile's situation; re-evaluated every second, so a switch held back by the
    // hysteresis still happens without another call.
    void setView(QSize tileSize, int tilesShown, bool fullScreen);
    // The operator's choice for this tile: always main or always sub (without the
    // hysteresis); nullopt gives the choice back to the selector.
    void setQualityOverride(std::optional<StreamQuality> quality);
    // What the engine's KeyframeGovernor weighs: the selected tile is never degraded,
    // a hidden one decodes key frames only.
    void setSelected(bool selected);
    void setHidden(bool hidden);
    KeyframeTile keyframeTile() const;
    // Set by the engine's KeyframeGovernor; kept across quality switches and reconnects.
    void setKeyframesOnly(bool keyframesOnly);
    bool keyframesOnly() const { return m_options.keyframesOnly; }

    StreamQuality quality() const { return m_quality; }
    bool isSwitching() const { return m_pending != nullptr; }
    StreamSession *session() const { return m_active.get(); }
    const StreamStatus &status() const;
    std::optional<VideoFrame> takeFrame();

signals:
    void frameAvailable();
    void statusChanged(const pontive::core::StreamStatus &status);
    void qualityChanged(pontive::core::StreamQuality quality);

private:
    std::unique_ptr<StreamSession> makeSession(StreamQuality quality);
    void evaluate();
    void promotePending();
    void connectActive();

    std::shared_ptr<MediaEngine> m_engine;
    StreamOptions m_options;
    QString m_mainUrl;
    QString m_subUrl;
    QualitySelector m_selector;
    StreamQuality m_quality = StreamQuality::Main;
    StreamQuality m_pendingQuality = StreamQuality::Main;
    std::unique_ptr<StreamSession> m_active;
    std::unique_ptr<StreamSession> m_pending;
    QSize m_tileSize;
    int m_tilesShown = 1;
    bool m_fullScreen = false;
    bool m_selected = false;
    bool m_hidden = false;
    KeyframeTile::Clock::time_point m_lastViewChange = KeyframeTile::Clock::now();
    bool m_running = false;
    std::optional<StreamQuality> m_override;
    QTimer m_evaluate;
};

} // namespace pontive::core
