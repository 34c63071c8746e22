#include "booking_console.h"

#include "agenda_wall_follower.h"
#include "booking_agenda_view.h"
#include "booking_panel.h"
#include "booking_report_dialog.h"
#include "booking_today_list.h"

#include "main_window.h"
#include "wall/wall_view.h"

#include "booking/booking_actions.h"
#include "booking/booking_list_loader.h"
#include "layout/layout_library.h"

#include <QDockWidget>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace pontive::ui {

BookingConsole::BookingConsole(MainWindow *window, std::shared_ptr<core::Database> db, core::Actor actor,
                               core::LayoutLibrary *library, core::AgendaClock::Clock clock)
    : QObject(window), m_window(window), m_db(db),
      m_actions(std::make_unique<core::BookingActions>(db, std::move(actor))),
      m_calendarLoader(std::make_unique<core::BookingListLoader>(db)),
      m_todayLoader(std::make_unique<core::BookingListLoader>(db)),
      m_agendaLoader(std::make_unique<core::BookingListLoader>(db)),
      m_reportLoader(std::make_unique<core::BookingListLoader>(db)),
      m_clock(std::make_unique<core::AgendaClock>(clock))
{
    // The calendar: a tab next to the wall.
    m_panel = new BookingPanel(m_calendarLoader.get(), m_actions.get());
    QWidget *wallArea = window->takeCentralWidget();
    m_tabs = new QTabWidget(window);
    m_tabs->setObjectName(QStringLiteral("consoleTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(wallArea, tr("Wall"));
    m_tabs->addTab(m_panel, tr("Meeting room"));
    window->setCentralWidget(m_tabs);
    connect(m_panel, &BookingPanel::reportRequested, this, &BookingConsole::showReport);
    m_panel->agenda()->reload();

    // Today's meetings under the camera tree.
    m_today = new BookingTodayList(m_todayLoader.get(), clock);
    auto *dock = new QDockWidget(tr("Meetings today"), window);
    dock->setObjectName(QStringLiteral("bookingTodayDock"));
    dock->setWidget(m_today);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_today->setMaximumHeight(170);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (auto *cameras = window->findChild<QDockWidget *>(QStringLiteral("cameraDock")))
        window->splitDockWidget(cameras, dock, Qt::Vertical);
    connect(m_today, &QListWidget::itemDoubleClicked, this, &BookingConsole::showCalendar);
    connect(m_actions.get(), &core::BookingActions::changed, m_today, &BookingTodayList::reload);

    // The wall follows the agenda.
    m_follower = new AgendaWallFollower(m_clock.get(), this);
    m_follower->addWall(window->wall());
    if (library) {
        connect(library, &core::LayoutLibrary::layoutsLoaded, m_follower, &AgendaWallFollower::setLayouts);
        library->loadLayouts();
    }
    m_follower->followStore(m_agendaLoader.get());
    connect(m_actions.get(), &core::BookingActions::changed, m_follower, &AgendaWallFollower::refreshAgenda);
    m_clock->start();
    buildMenu();
}

BookingConsole::~BookingConsole()
{
    m_clock->stop();
    m_actions->waitForIdle();
}

void BookingConsole::followWall(WallView *wall)
{
    m_follower->addWall(wall);
}

void BookingConsole::showCalendar()
{
    m_tabs->setCurrentWidget(m_panel);
}

void BookingConsole::showReport()
{
    // One room: its name on the report; several: all of them.
    const auto &rooms = m_panel->choices().rooms;
    auto *dialog = new BookingReportDialog(m_reportLoader.get(), rooms.size() == 1 ? rooms.front().name : QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void BookingConsole::buildMenu()
{
    QMenu *menu = new QMenu(tr("&Meeting room"), m_window);
    menu->setObjectName(QStringLiteral("bookingMenu"));
    QAction *calendar = menu->addAction(tr("&Calendar"), this, &BookingConsole::showCalendar);
    calendar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    menu->addAction(tr("&New booking…"), this, [this] {
        showCalendar();
        m_panel->newBooking(QDateTime::currentDateTimeUtc().addSecs(3600));
    });
    menu->addAction(tr("&Usage report…"), this, &BookingConsole::showReport);
    const QList<QAction *> top = m_window->menuBar()->actions();
    // Before Help, so Help stays last.
    m_window->menuBar()->insertMenu(top.isEmpty() ? nullptr : top.last(), menu);
}

} // namespace pontive::ui
