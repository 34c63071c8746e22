#include "wall_window.h"

#include "layout/layout_library.h"
#include "layout/layout_presets.h"
#include "screen_layout_keeper.h"
#include "shortcuts_page.h"
#include "video_tile.h"
#include "wall_view.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace pontive::ui {

WallWindow::WallWindow(QScreen *screen, std::shared_ptr<core::MediaEngine> engine, core::LayoutLibrary *library,
                       QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_screenName(screen->name()),
      m_wall(new WallView(std::move(engine), this)), m_keeper(nullptr)
{
    setObjectName(QStringLiteral("wallWindow"));
    setWindowTitle(tr("Pontive Wall — %1").arg(m_screenName));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_wall);
    m_wall->setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    m_wall->setMenuExtension([this](QMenu &menu) { fillLayoutMenu(menu.addMenu(tr("Layout"))); });
    if (library) {
        m_keeper = new ScreenLayoutKeeper(m_wall, library, m_screenName, this);
        // A screen's first start: the first saved layout (e.g. "Pontive Center") rather
        // than an empty 2x2 nobody can fill from a wall window with no tree beside it.
        connect(m_keeper, &ScreenLayoutKeeper::nothingRemembered, this, [this] {
            m_firstStart = true;
            startOnSavedLayout();
        });
        connect(m_wall, &WallView::wallLayoutEdited, this, [this] { m_firstStart = false; });  // the operator's choice stays
        connect(library, &core::LayoutLibrary::layoutsLoaded, this, [this](const std::vector<core::Layout> &saved) {
            m_saved = saved;
            startOnSavedLayout();
        });
        library->loadLayouts();
    }
    setScreen(screen);
    setGeometry(screen->geometry());
}

WallWindow::~WallWindow()
{
    if (m_keeper)
        m_keeper->flush();
}

void WallWindow::closeEvent(QCloseEvent *event)
{
    if (m_allowClose) {
        event->accept();
        return;
    }
    // Ask on the wall itself: an operator may have hit Alt+F4 by mistake. No is the
    // default, so a stray Enter keeps the wall too.
    const auto answer = QMessageBox::question(this, tr("Close the wall"),
                                              tr("Close the wall on %1? The screen will go blank.").arg(m_screenName),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        event->accept();
    else
        event->ignore();
}

void WallWindow::startOnSavedLayout()
{
    if (!m_firstStart || m_saved.empty())
        return;
    m_firstStart = false;
    m_wall->setWallLayout(m_saved.front());
}

void WallWindow::applyPreset(const QString &name)
{
    // A preset keeps the cameras in reading order, as on the console.
    core::Layout next = *core::LayoutPresets::make(name);
    next.takeCamerasFrom(m_wall->wallLayout());
    m_wall->setWallLayout(next);
}

void WallWindow::fillLayoutMenu(QMenu *menu)
{
    for (const QString &name : core::LayoutPresets::names())
        menu->addAction(name, this, [this, name] { applyPreset(name); });
    if (!m_saved.empty()) {
        menu->addSection(tr("Saved layouts"));
        for (const core::Layout &saved : m_saved)
            menu->addAction(saved.name, this, [this, saved] { m_wall->setWallLayout(saved); });
    }
}

void WallWindow::showLayoutMenu()
{
    // Keyboard-first: the menu opens on the selected tile and takes the arrow keys.
    delete m_layoutMenu.data();
    m_layoutMenu = new QMenu(this);
    m_layoutMenu->setObjectName(QStringLiteral("wallLayoutMenu"));
    m_layoutMenu->setAttribute(Qt::WA_DeleteOnClose);
    fillLayoutMenu(m_layoutMenu);
    const QWidget *tile = m_wall->tile(std::max(0, m_wall->selectedTile()));
    const QPoint at = tile ? tile->mapToGlobal(tile->rect().center()) : mapToGlobal(rect().center());
    m_layoutMenu->popup(at);
}

void WallWindow::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+1..9: the saved layouts (the presets while none is saved), as on the console.
    if (event->modifiers() == Qt::ControlModifier && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
        const std::size_t i = std::size_t(event->key() - Qt::Key_1);
        const QStringList presets = core::LayoutPresets::names();
        if (!m_saved.empty()) {
            if (i < m_saved.size())
                m_wall->setWallLayout(m_saved[i]);
        } else if (int(i) < presets.size()) {
            applyPreset(presets[int(i)]);
        }
        return;
    }
    // Ctrl+L: every preset and saved layout, beyond the nine keys.
    if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_L) {
        showLayoutMenu();
        return;
    }
    if (event->key() == Qt::Key_F1 && event->modifiers() == Qt::NoModifier) {
        ShortcutsPage::show(this, ShortcutsPage::Where::WallWindow);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace pontive::ui
