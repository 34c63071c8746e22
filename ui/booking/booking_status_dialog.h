#pragma once

#include "booking/booking.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace pontive::ui {

// Approve, reject or cancel a booking: why (kept with who and when), and for an occurrence
// of a series whether the change is for this occurrence only or for the whole series.
class BookingStatusDialog : public QDialog
{
    Q_OBJECT
public:
    BookingStatusDialog(const core::Booking &booking, core::BookingStatus to, QWidget *parent = nullptr);

    QString reason() const;
    core::BookingScope scope() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QRadioButton *seriesButton() const { return m_series; }

    // "Approve", "Reject", "Cancel" as a verb for buttons and titles.
    static QString verb(core::BookingStatus to);

private:
    QLineEdit *m_reason;
    QRadioButton *m_one;
    QRadioButton *m_series;
};

} // namespace pontive::ui
