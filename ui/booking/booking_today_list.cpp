#include "booking_today_list.h"

#include "booking_calendar_view.h"

#include "booking/booking_list_loader.h"
#include "util/wib_time.h"

#include <QPainter>
#include <QPixmap>
#include <QTimeZone>

namespace pontive::ui {

namespace {

const QTimeZone kWib(7 * 3600);

QIcon chip(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(colour.darker(150));
    p.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

} // namespace

BookingTodayList::BookingTodayList(core::BookingListLoader *loader, Clock clock, QWidget *parent)
    : QListWidget(parent), m_loader(loader),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    setObjectName(QStringLiteral("bookingToday"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(true);
    connect(m_loader, &core::BookingListLoader::loaded, this, &BookingTodayList::showBookings);
    connect(m_loader, &core::BookingListLoader::failed, this, [this](const pontive::Error &e) {
        clear();
        addItem(tr("Cannot read the bookings: %1").arg(e.message));
    });
    // Every 30 s: re-mark; every 5 min: read again (another station may have booked).
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (++m_ticks % 10 == 0)
            reload();
        else
            refresh();
    });
    m_tick.start(30000);
    reload();
}

void BookingTodayList::reload()
{
    m_day = core::toWib(m_clock()).date();
    core::BookingQuery q;
    q.from = QDateTime(m_day, QTime(0, 0), kWib).toUTC();
    q.to = QDateTime(m_day.addDays(1), QTime(0, 0), kWib).toUTC();
    m_loader->load(q);
}

void BookingTodayList::showBookings(const std::vector<core::Booking> &bookings)
{
    m_bookings.clear();
    for (const core::Booking &b : bookings) {
        if (b.status == core::BookingStatus::Approved || b.status == core::BookingStatus::Requested)
            m_bookings.push_back(b);
    }
    refresh();
}

void BookingTodayList::refresh()
{
    const QDateTime now = m_clock();
    if (core::toWib(now).date() != m_day) {
        reload();
        return;
    }
    clear();
    if (m_bookings.empty()) {
        addItem(tr("No meetings today"));
        return;
    }
    for (const core::Booking &b : m_bookings) {
        const bool running = b.start <= now && now < b.end;
        const bool past = b.end <= now;
        QString text = core::toWib(b.start).toString(QStringLiteral("HH.mm")) + QLatin1Char('-')
            + core::toWib(b.end).toString(QStringLiteral("HH.mm")) + QLatin1Char(' ') + b.title
            + QStringLiteral(" (") + b.agency + QLatin1Char(')');
        if (b.status == core::BookingStatus::Requested)
            text += QStringLiteral(" — ") + core::bookingStatusText(b.status);
        if (running)
            text.prepend(tr("now: "));
        auto *item = new QListWidgetItem(chip(BookingCalendarView::agencyColour(b.agency)), text, this);
        item->setData(Qt::UserRole, b.id);
        item->setToolTip(b.organiser + (b.layout.isEmpty() ? QString() : tr("; wall layout '%1'").arg(b.layout)));
        QFont f = font();
        f.setBold(running);
        item->setFont(f);
        if (past)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
}

} // namespace pontive::ui
