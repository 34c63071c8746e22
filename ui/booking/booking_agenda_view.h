#pragma once

#include "error.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pontive::core {
class BookingListLoader;
struct Booking;
}

namespace pontive::ui {

class BookingAgendaModel;
class BookingCalendarView;

// The room's agenda for a day, a week or a month (WIB), read through a loader that works
// off the GUI thread: painted as a calendar grid, or as a list. Previous/next/today move
// the window.
class BookingAgendaView : public QWidget
{
    Q_OBJECT
public:
    enum class Span { Day, Week, Month };

    explicit BookingAgendaView(core::BookingListLoader *loader, QWidget *parent = nullptr);

    BookingAgendaModel *model() const { return m_model; }
    BookingCalendarView *calendar() const { return m_calendar; }
    QDate firstDay() const;
    QDate lastDay() const;
    Span span() const;
    void setSpan(Span span);
    void setDate(const QDate &day);
    // The list instead of the calendar grid.
    void setListShown(bool list);
    bool listShown() const;
    // The booking chosen in the grid or the list, null when none.
    const core::Booking *selectedBooking() const;

signals:
    void selectionChanged();
    void bookingActivated(qint64 id);
    void slotActivated(const QDateTime &startUtc);

public slots:
    void reload();

private:
    void showBookings(const std::vector<core::Booking> &bookings);
    void showError(const pontive::Error &error);
    void step(int direction);

    core::BookingListLoader *m_loader;
    BookingAgendaModel *m_model;
    BookingCalendarView *m_calendar;
    QStackedWidget *m_stack;
    QPushButton *m_listButton;
    QTableView *m_table;
    QComboBox *m_span;
    QLabel *m_range;
    QDate m_day;
};

} // namespace pontive::ui
