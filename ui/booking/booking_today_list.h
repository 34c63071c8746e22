#pragma once

#include "booking/booking.h"

#include <QDateTime>
#include <QListWidget>
#include <QTimer>

#include <functional>
#include <vector>

namespace pontive::core {
class BookingListLoader;
}

namespace pontive::ui {

// Today's meetings in the room, compact, for the console's side: "09.00-11.00 Rapat Dishub
// (Dishub)", the running one marked "now", past ones greyed. Reads the store off the GUI
// thread every few minutes (and when asked), and re-marks as time passes.
class BookingTodayList : public QListWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit BookingTodayList(core::BookingListLoader *loader, Clock clock = {}, QWidget *parent = nullptr);

    // Reads today's bookings again (after a change).
    void reload();
    // Re-marks running and past meetings; a new day reloads.
    void refresh();

private:
    void showBookings(const std::vector<core::Booking> &bookings);

    core::BookingListLoader *m_loader;
    Clock m_clock;
    QTimer m_tick;
    QDate m_day;
    int m_ticks = 0;
    std::vector<core::Booking> m_bookings;
};

} // namespace pontive::ui
