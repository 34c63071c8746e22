#include "booking_status_dialog.h"

#include "booking/booking_texts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pontive::ui {

BookingStatusDialog::BookingStatusDialog(const core::Booking &booking, core::BookingStatus to, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this)), m_one(new QRadioButton(tr("Only this occurrence"), this)),
      m_series(new QRadioButton(tr("Every occurrence of the series"), this))
{
    setWindowTitle(verb(to));
    setObjectName(QStringLiteral("bookingStatusDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(QStringLiteral("<b>%1</b><br>%2 · %3")
                                .arg(core::BookingTexts::describe(booking.title, booking.start, booking.end).toHtmlEscaped(),
                                     booking.agency.toHtmlEscaped(), core::bookingStatusText(booking.status).toHtmlEscaped()),
                            this);
    layout->addWidget(what);
    layout->addWidget(new QLabel(tr("Reason (kept with your name):"), this));
    layout->addWidget(m_reason);
    m_one->setChecked(true);
    if (booking.seriesId > 0) {
        layout->addWidget(m_one);
        layout->addWidget(m_series);
    } else {
        m_one->hide();
        m_series->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(verb(to));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString BookingStatusDialog::reason() const
{
    return m_reason->text().trimmed();
}

core::BookingScope BookingStatusDialog::scope() const
{
    return m_series->isChecked() ? core::BookingScope::Series : core::BookingScope::Occurrence;
}

QString BookingStatusDialog::verb(core::BookingStatus to)
{
    switch (to) {
    case core::BookingStatus::Approved: return tr("Approve");
    case core::BookingStatus::Rejected: return tr("Reject");
    case core::BookingStatus::Cancelled: return tr("Cancel booking");
    case core::BookingStatus::Requested: break;
    }
    return {};
}

} // namespace pontive::ui
