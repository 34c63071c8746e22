#pragma once

#include "booking/booking_choices.h"
#include "booking/booking_outcome.h"
#include "booking/booking_request.h"
#include "error.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace pontive::core {
class BookingActions;
}

namespace pontive::ui {

// A new booking: every field, a recurrence (daily, weekly or monthly; until a date or a
// number of times; dates left out), the agency from the city's list and an optional wall
// layout. While the operator types, the store checks the request without writing and the
// dialog lists each conflict by date and warns about the past; Save writes it (off the
// GUI thread) and closes only when the store took it.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    BookingDialog(core::BookingActions *actions, const core::BookingChoices &choices, const QDateTime &startUtc,
                  QWidget *parent = nullptr);

    core::BookingRequest request() const;
    // What the last check said, one line per problem ("12/01/2027: conflicts with ...").
    QStringList problems() const { return m_problems; }
    QStringList warnings() const { return m_warnings; }
    bool checkPending() const { return m_pending > 0 || m_debounce.isActive(); }
    // The fields, for tests and for prefilling.
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *organiserEdit() const { return m_organiser; }
    QComboBox *agencyBox() const { return m_agency; }
    QComboBox *repeatBox() const { return m_repeat; }
    QSpinBox *countBox() const { return m_count; }
    QLineEdit *exceptionsEdit() const { return m_exceptions; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QComboBox *layoutBox() const { return m_layout; }
    QCheckBox *approveBox() const { return m_approve; }

signals:
    void booked(const pontive::core::BookingOutcome &outcome);

public slots:
    void accept() override;

private:
    QWidget *buildRecurrence();
    void scheduleCheck();
    void showCheck(const QStringList &problems, const QStringList &warnings);
    void showFailure(const pontive::Error &error);

    core::BookingActions *m_actions;
    QLineEdit *m_title;
    QComboBox *m_room;
    QComboBox *m_agency;
    QLineEdit *m_organiser;
    QLineEdit *m_contact;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QSpinBox *m_attendees;
    QPlainTextEdit *m_purpose;
    QCheckBox *m_wall;
    QCheckBox *m_projector;
    QCheckBox *m_sound;
    QComboBox *m_layout;
    QCheckBox *m_approve;
    QComboBox *m_repeat;
    QComboBox *m_endKind;
    QSpinBox *m_count;
    QDateEdit *m_until;
    QLineEdit *m_exceptions;
    QLabel *m_check;
    QDialogButtonBox *m_buttons;
    QTimer m_debounce;
    QStringList m_problems;
    QStringList m_warnings;
    int m_pending = 0;
    bool m_saving = false;
};

} // namespace pontive::ui
