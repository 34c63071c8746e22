#pragma once

#include "domain/camera.h"
#include "layout/layout.h"
#include "layout/tour.h"
#include "media/quality_selector.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QMenu;

namespace pontive::core {
class MediaEngine;
}

namespace pontive::ui {

class TourPlayer;
class VideoTile;
class WallNotice;
class WallPtz;

// The wall on one screen: tiles placed by a layout, cameras dropped on them, keyboard
// navigation (arrows, Enter alone / Esc back, Delete clears).
class WallView : public QWidget
{
    Q_OBJECT
public:
    explicit WallView(std::shared_ptr<core::MediaEngine> engine, QWidget *parent = nullptr);
    ~WallView() override;

    // The cameras tiles may show (from the store).
    void setCameras(const std::vector<core::Camera> &cameras);
    void setWallLayout(const core::Layout &layout);
    // The layout with the cameras now on it.
    const core::Layout &wallLayout() const { return m_layout; }

    int tileCount() const { return int(m_tiles.size()); }
    VideoTile *tile(int index) const;
    int selectedTile() const { return m_selected; }
    void select(int tile);
    void assign(int tile, std::optional<qint64> cameraId);
    // The first camera on `tile`, the rest on the free tiles after it, then before it.
    void dropCameras(int tile, const QList<qint64> &cameraIds);
    void swap(int a, int b);
    void clear(int tile);
    void showAlone(int tile);
    void showAll();
    // Puts the next (step 1) or previous (-1) camera of the inventory, by id, on `tile`:
    // a joystick's or CCTV keyboard's camera buttons.
    void stepCamera(int tile, int step);
    bool isAlone() const { return m_alone >= 0; }
    int aloneTile() const { return m_alone; }  // -1: the whole layout shows
    // The operator's stream quality for a tile (nullopt: automatic), as the tile menu sets it.
    void setTileQuality(int tile, std::optional<core::StreamQuality> quality);
    // The tours on this wall; the saved ones are offered in the tile menu.
    TourPlayer *tours() const { return m_tours; }
    void setSavedTours(const std::vector<core::Tour> &tours) { m_savedTours = tours; }
    // Saves the tile's picture as PNG named after the camera and the WIB time, and says on
    // the wall where it went (or why not). The path, or empty when nothing was saved.
    QString saveSnapshot(int tile, const QString &folder);
    // Where the tile menu's snapshots go: ~/Pictures/Pontive Wall.
    static QString snapshotFolder();
    // PTZ on this wall (menu item, keypad), set by WallPtz itself.
    void setPtz(WallPtz *ptz) { m_ptz = ptz; }
    // Adds the owner's entries (a wall window's layouts) to the tile menu.
    void setMenuExtension(std::function<void(QMenu &)> extend) { m_extendMenu = std::move(extend); }

signals:
    void wallLayoutEdited(const pontive::core::Layout &layout);
    void tileSelected(int tile, std::optional<qint64> cameraId);
    // A tile's forced stream quality changed (kept across restarts, like the layout).
    void tileQualityChanged(int tile);
    void snapshotSaved(const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void placeTiles();
    void moveSelection(int dx, int dy);
    void showTileMenu(int tile, const QPoint &globalPos);
    void addTourMenu(QMenu &menu, int tile);
    void addQualityMenu(QMenu &menu, VideoTile *tile);
    void showProperties(int tile);
    std::optional<core::Camera> cameraFor(std::optional<qint64> id) const;
    void edited();

    std::shared_ptr<core::MediaEngine> m_engine;
    core::Layout m_layout;
    std::vector<VideoTile *> m_tiles;
    QHash<qint64, core::Camera> m_cameras;
    int m_selected = 0;
    int m_alone = -1;
    TourPlayer *m_tours = nullptr;
    std::vector<core::Tour> m_savedTours;
    WallPtz *m_ptz = nullptr;
    std::function<void(QMenu &)> m_extendMenu;
    WallNotice *m_notice = nullptr;
};

} // namespace pontive::ui
