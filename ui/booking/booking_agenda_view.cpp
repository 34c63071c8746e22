#include "booking_agenda_view.h"

#include "booking_agenda_model.h"

#include "booking/booking_list_loader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pontive::ui {

BookingAgendaView::BookingAgendaView(core::BookingListLoader *loader, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_model(new BookingAgendaModel(this)), m_table(new QTableView(this)),
      m_span(new QComboBox(this)), m_range(new QLabel(this)),
      m_day(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date())
{
    m_span->addItem(tr("Day"));
    m_span->addItem(tr("Week"));
    m_span->addItem(tr("Month"));
    m_span->setCurrentIndex(1);
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *today = new QPushButton(tr("Today"), this);
    auto *next = new QPushButton(tr("Next"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_span);
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_range, 1);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_span, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this,
            [this] { setDate(QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date()); });
    connect(m_loader, &core::BookingListLoader::loaded, this, &BookingAgendaView::showBookings);
    connect(m_loader, &core::BookingListLoader::failed, this, &BookingAgendaView::showError);
}

QDate BookingAgendaView::firstDay() const
{
    switch (Span(m_span->currentIndex())) {
    case Span::Day: return m_day;
    case Span::Week: return m_day.addDays(1 - m_day.dayOfWeek());   // weeks start on Monday
    case Span::Month: return QDate(m_day.year(), m_day.month(), 1);
    }
    return m_day;
}

QDate BookingAgendaView::lastDay() const
{
    switch (Span(m_span->currentIndex())) {
    case Span::Day: return m_day;
    case Span::Week: return firstDay().addDays(6);
    case Span::Month: return firstDay().addMonths(1).addDays(-1);
    }
    return m_day;
}

void BookingAgendaView::setSpan(Span span)
{
    m_span->setCurrentIndex(int(span));   // reloads through currentIndexChanged
}

void BookingAgendaView::setDate(const QDate &day)
{
    m_day = day;
    reload();
}

void BookingAgendaView::step(int direction)
{
    switch (Span(m_span->currentIndex())) {
    case Span::Day: m_day = m_day.addDays(direction); break;
    case Span::Week: m_day = m_day.addDays(7 * direction); break;
    case Span::Month: m_day = m_day.addMonths(direction); break;
    }
    reload();
}

void BookingAgendaView::reload()
{
    const QTimeZone wib(7 * 3600);
    core::BookingQuery query;
    query.from = QDateTime(firstDay(), QTime(0, 0), wib).toUTC();
    query.to = QDateTime(lastDay().addDays(1), QTime(0, 0), wib).toUTC();
    m_range->setText(tr("%1 - %2, loading...")
                         .arg(firstDay().toString(QStringLiteral("dd/MM/yyyy")), lastDay().toString(QStringLiteral("dd/MM/yyyy"))));
    m_loader->load(query);
}

void BookingAgendaView::showBookings(const std::vector<core::Booking> &bookings)
{
    m_model->setBookings(bookings);
    m_range->setText(tr("%1 - %2: %n booking(s)", nullptr, int(bookings.size()))
                         .arg(firstDay().toString(QStringLiteral("dd/MM/yyyy")), lastDay().toString(QStringLiteral("dd/MM/yyyy"))));
}

void BookingAgendaView::showError(const pontive::Error &error)
{
    m_range->setText(tr("Cannot read the bookings: %1").arg(error.message));
}

} // namespace pontive::ui
