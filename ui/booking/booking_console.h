#pragma once

#include "booking/agenda_clock.h"
#include "store/actor.h"

#include <QObject>

#include <memory>

class QTabWidget;

namespace pontive::core {
class BookingActions;
class BookingListLoader;
class Database;
class LayoutLibrary;
}

namespace pontive::ui {

class AgendaWallFollower;
class BookingPanel;
class BookingTodayList;
class MainWindow;
class WallView;

// Puts the meeting room into the console: a "Meeting room" tab next to the wall with the
// calendar, today's meetings under the camera tree, a menu, and the wall following the
// agenda (the console's wall and any wall window added). Built by app/ once the store is
// open; owns the booking services it creates.
class BookingConsole : public QObject
{
    Q_OBJECT
public:
    BookingConsole(MainWindow *window, std::shared_ptr<core::Database> db, core::Actor actor,
                   core::LayoutLibrary *library, core::AgendaClock::Clock clock = {});
    ~BookingConsole() override;

    // A --wall window's wall follows the agenda too.
    void followWall(WallView *wall);

    QTabWidget *tabs() const { return m_tabs; }
    BookingPanel *panel() const { return m_panel; }
    BookingTodayList *today() const { return m_today; }
    AgendaWallFollower *follower() const { return m_follower; }
    core::AgendaClock *agendaClock() const { return m_clock.get(); }
    core::BookingActions *actions() const { return m_actions.get(); }
    void showCalendar();
    void showReport();

private:
    void buildMenu();

    MainWindow *m_window;
    std::shared_ptr<core::Database> m_db;
    std::unique_ptr<core::BookingActions> m_actions;
    std::unique_ptr<core::BookingListLoader> m_calendarLoader;
    std::unique_ptr<core::BookingListLoader> m_todayLoader;
    std::unique_ptr<core::BookingListLoader> m_agendaLoader;
    std::unique_ptr<core::BookingListLoader> m_reportLoader;
    std::unique_ptr<core::AgendaClock> m_clock;
    QTabWidget *m_tabs = nullptr;
    BookingPanel *m_panel = nullptr;
    BookingTodayList *m_today = nullptr;
    AgendaWallFollower *m_follower = nullptr;
};

} // namespace pontive::ui
