#pragma once

#include "layout/tour.h"

#include <QObject>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QToolButton;
class QWidget;

namespace pontive::core {
class LayoutLibrary;
}

namespace pontive::ui {

class CameraTreeModel;
class WallView;

// The console's tour commands, for the wall bar and the View menu: play a saved tour
// (a tile tour on the selected tile, a layout tour on the whole wall), pause and
// resume, next step, stop, and make, edit or remove tours (saved in the store).
class TourControls : public QObject
{
    Q_OBJECT
public:
    TourControls(WallView *wall, CameraTreeModel *cameras, QWidget *window);

    void setLibrary(core::LayoutLibrary *library);
    QMenu *menu() const { return m_menu; }
    QToolButton *button() const { return m_button; }
    QLabel *statusLabel() const { return m_status; }
    const std::vector<core::Tour> &saved() const { return m_saved; }
    // Opens the editor on a new tour (or `existing`) and saves what the operator accepts.
    void editTour(const std::optional<core::Tour> &existing = std::nullopt);

private:
    void showSaved(const std::vector<core::Tour> &tours);
    void rebuildMenu();
    void updateStatus();

    WallView *m_wall;
    CameraTreeModel *m_cameras;
    QWidget *m_window;
    core::LayoutLibrary *m_library = nullptr;
    std::vector<core::Tour> m_saved;
    QMenu *m_menu;
    QAction *m_pause;
    QAction *m_next;
    QAction *m_stop;
    QToolButton *m_button;
    QLabel *m_status;
};

} // namespace pontive::ui
