#pragma once

#include "error.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace pontive::core {
class BookingListLoader;
struct Booking;
}

namespace pontive::ui {

class BookingAgendaModel;

// The room's agenda for a day, a week or a month (WIB), read through a loader that works
// off the GUI thread. Previous/next/today move the window.
class BookingAgendaView : public QWidget
{
    Q_OBJECT
public:
    enum class Span { Day, Week, Month };

    explicit BookingAgendaView(core::BookingListLoader *loader, QWidget *parent = nullptr);

    BookingAgendaModel *model() const { return m_model; }
    QDate firstDay() const;
    QDate lastDay() const;
    void setSpan(Span span);
    void setDate(const QDate &day);

public slots:
    void reload();

private:
    void showBookings(const std::vector<core::Booking> &bookings);
    void showError(const pontive::Error &error);
    void step(int direction);

    core::BookingListLoader *m_loader;
    BookingAgendaModel *m_model;
    QTableView *m_table;
    QComboBox *m_span;
    QLabel *m_range;
    QDate m_day;
};

} // namespace pontive::ui
