#include "tour_controls.h"

#include "camera_tree_model.h"
#include "layout/layout_library.h"
#include "tour_editor_dialog.h"
#include "tour_player.h"
#include "wall_view.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace pontive::ui {

TourControls::TourControls(WallView *wall, CameraTreeModel *cameras, QWidget *window)
    : QObject(window), m_wall(wall), m_cameras(cameras), m_window(window), m_menu(new QMenu(tr("&Tours"), window)),
      m_button(new QToolButton(window)), m_status(new QLabel(window))
{
    m_menu->setObjectName(QStringLiteral("tourMenu"));
    m_button->setText(tr("Tours"));
    m_button->setObjectName(QStringLiteral("tourButton"));
    m_button->setToolTip(tr("Play, pause and edit tours (Space pauses on the wall)"));
    m_button->setMenu(m_menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_status->setObjectName(QStringLiteral("tourStatus"));
    m_status->setContentsMargins(8, 0, 8, 0);
    // Lasting actions, so their shortcuts work while the menu is closed.
    TourPlayer *player = m_wall->tours();
    m_pause = new QAction(this);
    m_pause->setShortcut(QKeySequence(Qt::Key_Pause));
    connect(m_pause, &QAction::triggered, player, &TourPlayer::togglePause);
    m_next = new QAction(tr("&Next step"), this);
    connect(m_next, &QAction::triggered, player, &TourPlayer::next);
    m_stop = new QAction(tr("&Stop tours"), this);
    connect(m_stop, &QAction::triggered, player, &TourPlayer::stopAll);
    connect(player, &TourPlayer::stateChanged, this, &TourControls::updateStatus);
    // Rebuilt when opened: a step of a tour never pulls an action away under the mouse.
    connect(m_menu, &QMenu::aboutToShow, this, &TourControls::rebuildMenu);
    rebuildMenu();
    updateStatus();
}

void TourControls::setLibrary(core::LayoutLibrary *library)
{
    m_library = library;
    if (!m_library)
        return;
    connect(m_library, &core::LayoutLibrary::toursLoaded, this, &TourControls::showSaved);
    m_library->loadTours();
}

void TourControls::showSaved(const std::vector<core::Tour> &tours)
{
    m_saved = tours;
    m_wall->setSavedTours(tours);
    rebuildMenu();
}

void TourControls::rebuildMenu()
{
    m_menu->clear();
    for (const core::Tour &tour : m_saved) {
        const QString text = tour.mode == core::Tour::Mode::Layout
            ? tr("Play %1 on the whole wall").arg(tour.name)
            : tr("Play %1 on the selected tile").arg(tour.name);
        m_menu->addAction(text, this, [this, tour] { m_wall->tours()->play(tour, m_wall->selectedTile()); });
    }
    if (m_saved.empty())
        m_menu->addAction(tr("No saved tours"))->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(m_pause);
    m_menu->addAction(m_next);
    m_menu->addAction(m_stop);
    m_menu->addSeparator();
    m_menu->addAction(tr("New tour…"), this, [this] { editTour(); })->setObjectName(QStringLiteral("newTourAction"));
    if (!m_saved.empty()) {
        QMenu *edit = m_menu->addMenu(tr("Edit tour"));
        QMenu *remove = m_menu->addMenu(tr("Remove tour"));
        for (const core::Tour &tour : m_saved) {
            edit->addAction(tour.name, this, [this, tour] { editTour(tour); });
            remove->addAction(tour.name, this, [this, name = tour.name] {
                if (m_library && QMessageBox::question(m_window, tr("Remove tour"), tr("Remove the tour '%1'?").arg(name))
                        == QMessageBox::Yes)
                    m_library->removeTour(name);
            });
        }
    }
}

void TourControls::editTour(const std::optional<core::Tour> &existing)
{
    TourEditorDialog dialog(m_cameras->cameras(), m_window);
    if (existing)
        dialog.setTour(*existing);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Tour tour = dialog.tour();
    if (m_library) {
        if (existing && existing->name != tour.name)
            m_library->removeTour(existing->name);
        m_library->saveTour(tour);
    } else {
        std::erase_if(m_saved, [&tour](const core::Tour &t) { return t.name == tour.name; });
        m_saved.push_back(tour);
        showSaved(std::vector<core::Tour>(m_saved));
    }
}

void TourControls::updateStatus()
{
    const TourPlayer *player = m_wall->tours();
    m_status->setText(player->summary());
    m_pause->setText(player->isPaused() ? tr("&Resume tours") : tr("&Pause tours"));
    for (QAction *a : {m_pause, m_next, m_stop})
        a->setEnabled(player->isPlaying());
}

} // namespace pontive::ui
