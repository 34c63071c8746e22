#include "booking_agenda_view.h"

#include "booking_agenda_model.h"
#include "booking_calendar_view.h"

#include "booking/booking_list_loader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pontive::ui {

BookingAgendaView::BookingAgendaView(core::BookingListLoader *loader, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_model(new BookingAgendaModel(this)),
      m_calendar(new BookingCalendarView(this)), m_stack(new QStackedWidget(this)),
      m_listButton(new QPushButton(tr("List"), this)), m_table(new QTableView(this)),
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
    bar->addWidget(m_listButton);
    bar->addWidget(m_range, 1);
    m_span->setObjectName(QStringLiteral("bookingSpan"));
    m_listButton->setObjectName(QStringLiteral("bookingListButton"));
    m_listButton->setCheckable(true);
    m_listButton->setToolTip(tr("Show the agenda as a list instead of the calendar"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    m_stack->addWidget(m_calendar);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    connect(m_listButton, &QPushButton::toggled, this, [this](bool list) { m_stack->setCurrentIndex(list ? 1 : 0); });
    connect(m_calendar, &BookingCalendarView::bookingSelected, this, [this](qint64 id) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
        emit selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_calendar->selectBooking(m_model->bookingAt(current.row()).id);
        emit selectionChanged();
    });
    connect(m_calendar, &BookingCalendarView::bookingActivated, this, &BookingAgendaView::bookingActivated);
    connect(m_calendar, &BookingCalendarView::slotActivated, this, &BookingAgendaView::slotActivated);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit bookingActivated(m_model->bookingAt(index.row()).id); });

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

BookingAgendaView::Span BookingAgendaView::span() const
{
    return Span(m_span->currentIndex());
}

void BookingAgendaView::setListShown(bool list)
{
    m_listButton->setChecked(list);
}

bool BookingAgendaView::listShown() const
{
    return m_listButton->isChecked();
}

const core::Booking *BookingAgendaView::selectedBooking() const
{
    return m_model->find(m_calendar->selectedBooking());
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
    const qint64 selected = m_calendar->selectedBooking();
    m_model->setBookings(bookings);
    const Span s = span();
    m_calendar->setView(s == Span::Day ? BookingCalendarView::Mode::Day
                        : s == Span::Week ? BookingCalendarView::Mode::Week
                                          : BookingCalendarView::Mode::Month,
                        firstDay(), bookings);
    m_calendar->selectBooking(m_model->find(selected) ? selected : 0);
    m_range->setText(tr("%1 - %2: %n booking(s)", nullptr, int(bookings.size()))
                         .arg(firstDay().toString(QStringLiteral("dd/MM/yyyy")), lastDay().toString(QStringLiteral("dd/MM/yyyy"))));
}

void BookingAgendaView::showError(const pontive::Error &error)
{
    m_range->setText(tr("Cannot read the bookings: %1").arg(error.message));
}

} // namespace pontive::ui
