#include "booking_panel.h"

#include "booking_agenda_view.h"
#include "booking_dialog.h"
#include "booking_status_dialog.h"

#include "booking/booking_actions.h"
#include "booking/booking_list_loader.h"
#include "booking/booking_texts.h"

#include <QHBoxLayout>
#include <algorithm>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pontive::ui {

BookingPanel::BookingPanel(core::BookingListLoader *loader, core::BookingActions *actions, QWidget *parent)
    : QWidget(parent), m_actions(actions), m_agenda(new BookingAgendaView(loader, this)),
      m_approve(new QPushButton(tr("Approve…"), this)), m_reject(new QPushButton(tr("Reject…"), this)),
      m_cancel(new QPushButton(tr("Cancel booking…"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("bookingPanel"));
    auto *add = new QPushButton(tr("New booking…"), this);
    add->setObjectName(QStringLiteral("newBookingButton"));
    auto *report = new QPushButton(tr("Usage report…"), this);
    m_message->setObjectName(QStringLiteral("bookingMessage"));
    m_message->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    for (QPushButton *b : {add, m_approve, m_reject, m_cancel})
        bar->addWidget(b);
    bar->addWidget(m_message, 1);
    bar->addWidget(report);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_agenda, 1);

    connect(add, &QPushButton::clicked, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600));
        const QDate day = std::max(m_agenda->firstDay(), now.date());
        newBooking(QDateTime(day, QTime(std::clamp(now.time().hour() + 1, 8, 19), 0), QTimeZone(7 * 3600)).toUTC());
    });
    connect(report, &QPushButton::clicked, this, &BookingPanel::reportRequested);
    connect(m_approve, &QPushButton::clicked, this, [this] { changeSelected(core::BookingStatus::Approved); });
    connect(m_reject, &QPushButton::clicked, this, [this] { changeSelected(core::BookingStatus::Rejected); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { changeSelected(core::BookingStatus::Cancelled); });
    connect(m_agenda, &BookingAgendaView::selectionChanged, this, &BookingPanel::updateButtons);
    connect(m_agenda, &BookingAgendaView::slotActivated, this, &BookingPanel::newBooking);
    connect(m_agenda, &BookingAgendaView::bookingActivated, this, [this](qint64) {
        const core::Booking *b = m_agenda->selectedBooking();
        if (b && b->status == core::BookingStatus::Requested)
            changeSelected(core::BookingStatus::Approved);
    });
    connect(m_actions, &core::BookingActions::choicesLoaded, this, [this](const core::BookingChoices &c) { m_choices = c; });
    connect(m_actions, &core::BookingActions::changed, m_agenda, &BookingAgendaView::reload);
    connect(m_actions, &core::BookingActions::statusChanged, this, [this](qint64 id, core::BookingStatus to) {
        showMessage(tr("Booking %1 is now %2").arg(id).arg(core::bookingStatusText(to)), false);
    });
    connect(m_actions, &core::BookingActions::added, this, [this](const core::BookingOutcome &o) {
        showMessage(tr("Booked: %n meeting(s)", nullptr, int(o.ids.size()))
                        + (o.warnings.isEmpty() ? QString() : QStringLiteral(" — ") + o.warnings.join(QStringLiteral("; "))),
                    false);
    });
    connect(m_actions, &core::BookingActions::failed, this, [this](const pontive::Error &e) { showMessage(e.message, true); });
    m_actions->loadChoices();
    updateButtons();
}

BookingDialog *BookingPanel::newBooking(const QDateTime &startUtc)
{
    m_actions->loadChoices();   // agencies or layouts may have changed meanwhile
    auto *dialog = new BookingDialog(m_actions, m_choices, startUtc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void BookingPanel::changeSelected(core::BookingStatus to)
{
    const core::Booking *selected = m_agenda->selectedBooking();
    if (!selected)
        return;
    const core::Booking booking = *selected;
    BookingStatusDialog dialog(booking, to, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_actions->changeStatus(booking.id, to, dialog.reason(), dialog.scope());
}

void BookingPanel::updateButtons()
{
    const core::Booking *b = m_agenda->selectedBooking();
    const bool requested = b && b->status == core::BookingStatus::Requested;
    m_approve->setEnabled(requested || (b && b->seriesId > 0 && b->status != core::BookingStatus::Cancelled));
    m_reject->setEnabled(requested || (b && b->seriesId > 0));
    m_cancel->setEnabled(b && (requested || b->status == core::BookingStatus::Approved || b->seriesId > 0));
}

void BookingPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #ff6b6b") : QString());
    m_message->setText(text);
}

} // namespace pontive::ui
