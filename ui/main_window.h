#pragma once

#include "error.h"
#include "layout/layout.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QTimer;

class QAction;
class QComboBox;
class QDockWidget;

namespace pontive::core {
class CameraListLoader;
class LayoutLibrary;
class MediaEngine;
class PtzDesk;
struct Camera;
}

namespace pontive::ui {

class CameraDetails;
class CameraTreeModel;
class CameraTreePanel;
class ScreenLayoutKeeper;
class ScreenMiniatures;
class TourControls;
class WallView;

// The operator's console: the camera tree on the left, details (later the wall) in the
// middle, counts, the store and a WIB clock in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `engine` may be null (no video): tiles then say so.
    MainWindow(core::CameraListLoader *loader, QString storeName, std::shared_ptr<core::MediaEngine> engine = {},
               QWidget *parent = nullptr);

    CameraTreeModel *treeModel() const { return m_model; }
    CameraTreePanel *treePanel() const { return m_tree; }
    WallView *wall() const { return m_wall; }
    TourControls *tourControls() const { return m_tours; }
    // Picks a preset (or saved) layout by its name in the layout box.
    void chooseLayout(const QString &name);
    // Starts reading the inventory through the loader (owned by the caller).
    void setLoader(core::CameraListLoader *loader);
    // Saved layouts and the console wall remembered in the store (owned by the caller).
    void setLayoutLibrary(core::LayoutLibrary *library);
    void saveLayoutAs(const QString &name);
    // Asks (No by default), then removes the saved layout chosen in the box from the store.
    void deleteChosenLayout();
    // A wall screen (a --wall window) shown as a miniature in the Screens panel.
    void addScreen(const QString &name, WallView *wall);
    ScreenMiniatures *screens() const { return m_screens; }
    void showCameras(const std::vector<core::Camera> &cameras);
    void showStoreError(const pontive::Error &error);
    // PTZ on the console's wall and the joystick in the status bar (owned by the caller).
    void setPtzDesk(core::PtzDesk *desk);

public slots:
    void reload();

private:
    void buildMenus();
    QWidget *buildWallArea();
    void updateClock();
    void showSavedLayouts(const std::vector<core::Layout> &layouts);
    void applyLayoutChoice(int index);
    void syncLayoutBox();
    QStringList savedLayoutNames() const;

    core::CameraListLoader *m_loader;
    CameraTreeModel *m_model;
    CameraTreePanel *m_tree;
    CameraDetails *m_details;
    WallView *m_wall;
    QComboBox *m_layoutBox = nullptr;
    QAction *m_deleteLayout = nullptr;
    static constexpr int kLayoutRefresh = 30000;  // ms between reads of the saved layouts
    TourControls *m_tours = nullptr;
    ScreenMiniatures *m_screens = nullptr;
    QDockWidget *m_screensDock = nullptr;
    core::LayoutLibrary *m_library = nullptr;
    ScreenLayoutKeeper *m_keeper = nullptr;
    std::vector<core::Layout> m_saved;
    QLabel *m_counts;
    QLabel *m_store;
    QLabel *m_clock;
    QTimer *m_clockTimer;
};

} // namespace pontive::ui
