#pragma once

#include "booking/booking.h"
#include "booking/booking_choices.h"
#include "error.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace pontive::core {
class BookingActions;
class BookingListLoader;
}

namespace pontive::ui {

class BookingAgendaView;
class BookingDialog;

// The meeting room page of the console ("Ruang rapat"): the calendar (day, week, month or
// list) with New, Approve, Reject, Cancel and the usage report. Every write goes through
// BookingActions (off the GUI thread); the calendar reads again after each one.
class BookingPanel : public QWidget
{
    Q_OBJECT
public:
    BookingPanel(core::BookingListLoader *loader, core::BookingActions *actions, QWidget *parent = nullptr);

    BookingAgendaView *agenda() const { return m_agenda; }
    const core::BookingChoices &choices() const { return m_choices; }
    QLabel *messageLabel() const { return m_message; }

    // Opens the booking dialog at this time (WIB shown); returns it (non-modal, deletes itself).
    BookingDialog *newBooking(const QDateTime &startUtc);
    // Asks for a reason (and the scope for a series) and changes the selected booking.
    void changeSelected(core::BookingStatus to);

signals:
    void reportRequested();

private:
    void updateButtons();
    void showMessage(const QString &text, bool error);

    core::BookingActions *m_actions;
    BookingAgendaView *m_agenda;
    core::BookingChoices m_choices;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_cancel;
    QLabel *m_message;
};

} // namespace pontive::ui
