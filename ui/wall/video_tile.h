#pragma once

#include "domain/camera.h"
#include "media/quality_selector.h"
#include "media/stream_stats.h"
#include "media/stream_status.h"
#include "media/video_frame.h"

#include <QWidget>

class QTimer;

#include <memory>
#include <optional>
#include <utility>

namespace pontive::core {
class CameraStream;
class MediaEngine;
}

namespace pontive::ui {

// One tile of the wall: the camera's picture as the stream engine decoded and scaled it
// (drawn 1:1, no copy), its name, place and agency, and its state in icon and words.
class VideoTile : public QWidget
{
    Q_OBJECT
public:
    VideoTile(int index, std::shared_ptr<core::MediaEngine> engine, QWidget *parent = nullptr);
    ~VideoTile() override;

    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }
    // Starts (or stops, with nullopt) the stream of a camera on this tile.
    void setCamera(const std::optional<core::Camera> &camera);
    const std::optional<core::Camera> &camera() const { return m_camera; }
    void setSelected(bool selected);
    // How crowded the wall is and whether this tile is shown alone: picks the stream.
    void setViewContext(int tilesShown, bool alone);
    void reconnect();
    // Stream quality chosen by the operator for this tile (kept when the camera
    // changes); nullopt = automatic. quality() is the stream shown now.
    void setQualityOverride(std::optional<core::StreamQuality> quality);
    std::optional<core::StreamQuality> qualityOverride() const { return m_qualityOverride; }
    std::optional<core::StreamQuality> quality() const;
    // The tour this tile shows ("Tour: Dishub 2/9"); empty when none.
    void setTourBadge(const QString &text, bool paused);
    const QString &tourBadge() const { return m_tourBadge; }
    core::StreamStatus status() const;
    // The words (and icon) at the tile's foot while no live picture shows; empty text
    // while it plays.
    std::pair<QString, core::CameraStatus> stateLine() const;
    // The stream's figures (fps, bit rate) while it runs; nullopt without a stream.
    std::optional<core::StreamStats> stats() const;
    // The health monitor found the camera offline and nobody acknowledged it yet.
    void setAlarm(bool alarm);
    bool alarm() const { return m_alarm; }
    bool hasPicture() const { return !m_frame.isNull(); }
    // When the current camera's last frame arrived (UTC); invalid before the first.
    QDateTime lastFrameAt() const;
    // Draws the current picture scaled into `target` (miniatures), no copy.
    void drawPicture(QPainter &p, const QRect &target) const;
    // The current picture as an image (a copy), for snapshots.
    QImage snapshot() const;

signals:
    void clicked(int tile);
    void doubleClicked(int tile);
    void camerasDropped(int tile, const QList<qint64> &cameraIds);
    void tileDropped(int fromTile, int toTile);
    void contextMenuRequested(int tile, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static bool sameStream(const core::Camera &a, const core::Camera &b);
    void onFrame();
    void updateView();
    void paintOverlay(QPainter &p);
    void paintTourBadge(QPainter &p, int bar);

    int m_index;
    std::shared_ptr<core::MediaEngine> m_engine;
    std::optional<core::Camera> m_camera;
    qint64 m_lastFrameMs = 0;  // ms since the epoch
    QTimer *m_countdown;        // repaints the "next try in N s" each second
    std::unique_ptr<core::CameraStream> m_stream;
    core::VideoFrame m_frame;
    bool m_selected = false;
    bool m_alarm = false;
    int m_tilesShown = 1;
    bool m_alone = false;
    QPoint m_pressPos;
    QString m_tourBadge;
    std::optional<core::StreamQuality> m_qualityOverride;
    bool m_tourPaused = false;
};

} // namespace pontive::ui
