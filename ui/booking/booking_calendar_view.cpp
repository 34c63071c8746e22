#include "booking_calendar_view.h"

#include "util/wib_time.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>

namespace pontive::ui {

namespace {

constexpr int kFirstHour = 6;
constexpr int kLastHour = 22;
constexpr double kHourColumn = 52;
constexpr double kHeader = 28;

const QTimeZone kWib(7 * 3600);

double hoursIntoDay(const QDateTime &wib)
{
    return wib.time().hour() + wib.time().minute() / 60.0 - kFirstHour;
}

} // namespace

BookingCalendarView::BookingCalendarView(QWidget *parent)
    : QWidget(parent), m_first(toWibDate(QDateTime::currentDateTimeUtc()))
{
    setObjectName(QStringLiteral("bookingCalendar"));
    setMouseTracking(false);
    setMinimumSize(480, 360);
    setFocusPolicy(Qt::StrongFocus);
}

QDate BookingCalendarView::toWibDate(const QDateTime &utc)
{
    return core::toWib(utc).date();
}

void BookingCalendarView::setView(Mode mode, const QDate &first, std::vector<core::Booking> bookings)
{
    m_mode = mode;
    m_first = first;
    m_bookings = std::move(bookings);
    update();
}

void BookingCalendarView::setNow(const QDateTime &utc)
{
    m_now = utc;
    update();
}

QDateTime BookingCalendarView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QDate BookingCalendarView::today() const
{
    return toWibDate(now());
}

void BookingCalendarView::selectBooking(qint64 id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    update();
    emit bookingSelected(id);
}

QColor BookingCalendarView::agencyColour(const QString &agency)
{
    const uint hash = qHash(agency.toLower(), 17u);
    return QColor::fromHsv(int(hash % 360), 150, 190);
}

void BookingCalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    m_hits.clear();
    switch (m_mode) {
    case Mode::Day: paintTimeGrid(p, 1); break;
    case Mode::Week: paintTimeGrid(p, 7); break;
    case Mode::Month: paintMonth(p); break;
    }
}

void BookingCalendarView::paintTimeGrid(QPainter &p, int days)
{
    const QColor line = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::Text);
    const QColor accent = palette().color(QPalette::Highlight);
    const double columnWidth = (width() - kHourColumn) / days;
    const double hourHeight = (height() - kHeader) / double(kLastHour - kFirstHour);
    const QDate now = today();
    for (int d = 0; d < days; ++d) {
        const QDate day = m_first.addDays(d);
        const QRectF column(kHourColumn + d * columnWidth, 0, columnWidth, height());
        if (day == now)
            p.fillRect(column, QColor(accent.red(), accent.green(), accent.blue(), 40));
        QFont f = font();
        f.setBold(day == now);
        p.setFont(f);
        p.setPen(day == now ? accent : text);
        const QString head = day.toString(QStringLiteral("ddd dd/MM")) + (day == now ? tr(" (today)") : QString());
        p.drawText(QRectF(column.left(), 0, columnWidth, kHeader), Qt::AlignCenter, head);
        p.setPen(line);
        p.drawLine(QPointF(column.left(), 0), QPointF(column.left(), height()));
    }
    p.setFont(font());
    for (int h = kFirstHour; h <= kLastHour; ++h) {
        const double y = kHeader + (h - kFirstHour) * hourHeight;
        p.setPen(line);
        p.drawLine(QPointF(kHourColumn, y), QPointF(width(), y));
        p.setPen(text);
        if (h < kLastHour)
            p.drawText(QRectF(0, y, kHourColumn - 6, hourHeight), Qt::AlignRight | Qt::AlignTop,
                       QStringLiteral("%1.00").arg(h, 2, 10, QLatin1Char('0')));
    }
    // Blocks: overlapping ones (only requested ones may overlap) share the column side by side.
    for (int d = 0; d < days; ++d) {
        const QDate day = m_first.addDays(d);
        std::vector<const core::Booking *> todays;
        for (const core::Booking &b : m_bookings) {
            if (toWibDate(b.start) == day)
                todays.push_back(&b);
        }
        std::vector<int> lane(todays.size(), 0);
        int lanes = 1;
        for (std::size_t i = 0; i < todays.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (lane[j] == lane[i] && todays[j]->end > todays[i]->start)
                    lane[i] = lane[j] + 1;
            }
            lanes = std::max(lanes, lane[i] + 1);
        }
        const double laneWidth = (columnWidth - 6) / lanes;
        for (std::size_t i = 0; i < todays.size(); ++i) {
            const core::Booking &b = *todays[i];
            const double top = std::max(0.0, hoursIntoDay(core::toWib(b.start)));
            const double bottom = std::min(double(kLastHour - kFirstHour),
                                           toWibDate(b.end) > day ? double(kLastHour - kFirstHour)
                                                                  : hoursIntoDay(core::toWib(b.end)));
            const QRectF r(kHourColumn + d * columnWidth + 3 + lane[i] * laneWidth, kHeader + top * hourHeight,
                           laneWidth - 2, std::max(14.0, (bottom - top) * hourHeight - 2));
            paintBlock(p, r, b, days > 1);
        }
        if (day == now) {
            const double y = kHeader + hoursIntoDay(core::toWib(this->now())) * hourHeight;
            if (y > kHeader && y < height()) {
                p.setPen(QPen(QColor(230, 60, 60), 2));
                p.drawLine(QPointF(kHourColumn + d * columnWidth, y), QPointF(kHourColumn + (d + 1) * columnWidth, y));
            }
        }
    }
}

void BookingCalendarView::paintMonth(QPainter &p)
{
    const QColor line = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::Text);
    const QColor accent = palette().color(QPalette::Highlight);
    const QDate gridStart = m_first.addDays(1 - m_first.dayOfWeek());
    const double cellWidth = width() / 7.0;
    const double cellHeight = (height() - kHeader) / 6.0;
    const double lineHeight = fontMetrics().height() + 4;
    p.setPen(text);
    for (int c = 0; c < 7; ++c)
        p.drawText(QRectF(c * cellWidth, 0, cellWidth, kHeader), Qt::AlignCenter,
                   gridStart.addDays(c).toString(QStringLiteral("dddd")));
    const QDate now = today();
    for (int i = 0; i < 42; ++i) {
        const QDate day = gridStart.addDays(i);
        const QRectF cell((i % 7) * cellWidth, kHeader + (i / 7) * cellHeight, cellWidth, cellHeight);
        if (day.month() != m_first.month())
            p.fillRect(cell, palette().color(QPalette::AlternateBase));
        if (day == now)
            p.fillRect(cell, QColor(accent.red(), accent.green(), accent.blue(), 50));
        p.setPen(line);
        p.drawRect(cell);
        QFont f = font();
        f.setBold(day == now);
        p.setFont(f);
        p.setPen(day == now ? accent : text);
        p.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                   day == now ? tr("%1 today").arg(day.day()) : QString::number(day.day()));
        p.setFont(font());
        std::vector<const core::Booking *> todays;
        for (const core::Booking &b : m_bookings) {
            if (toWibDate(b.start) == day)
                todays.push_back(&b);
        }
        const int room = std::max(0, int((cellHeight - lineHeight - 2) / lineHeight));
        const int shown = int(todays.size()) > room ? std::max(0, room - 1) : int(todays.size());
        for (int k = 0; k < shown; ++k)
            paintBlock(p, QRectF(cell.left() + 3, cell.top() + lineHeight * (k + 1), cell.width() - 6, lineHeight - 2),
                       *todays[std::size_t(k)], true);
        if (shown < int(todays.size())) {
            p.setPen(text);
            p.drawText(QRectF(cell.left() + 4, cell.top() + lineHeight * (shown + 1), cell.width() - 8, lineHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, tr("+%n more", nullptr, int(todays.size()) - shown));
        }
    }
}

void BookingCalendarView::paintBlock(QPainter &p, const QRectF &r, const core::Booking &b, bool compact)
{
    const bool live = b.status == core::BookingStatus::Approved || b.status == core::BookingStatus::Requested;
    QColor fill = live ? agencyColour(b.agency) : QColor(120, 120, 120);
    if (b.status == core::BookingStatus::Requested)
        fill.setAlpha(150);
    QPainterPath path;
    path.addRoundedRect(r, 3, 3);
    p.fillPath(path, fill);
    if (b.status == core::BookingStatus::Requested)
        p.fillPath(path, QBrush(QColor(255, 255, 255, 70), Qt::BDiagPattern));
    const bool selected = b.id == m_selected;
    p.setPen(selected ? QPen(palette().color(QPalette::HighlightedText), 2)
                      : QPen(fill.darker(150), 1, b.status == core::BookingStatus::Requested ? Qt::DashLine : Qt::SolidLine));
    p.drawPath(path);
    const QDateTime s = core::toWib(b.start);
    const QString time = s.toString(QStringLiteral("HH.mm")) + QLatin1Char('-') + core::toWib(b.end).toString(QStringLiteral("HH.mm"));
    const QString label = compact && r.height() < 2.5 * fontMetrics().height()
        ? QStringLiteral("%1 %2").arg(s.toString(QStringLiteral("HH.mm")), b.title)
        : QStringLiteral("%1\n%2\n%3 · %4").arg(time, b.title, b.agency, core::bookingStatusText(b.status));
    QFont f = font();
    f.setStrikeOut(!live);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(r.adjusted(4, 1, -3, -1), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
    p.setFont(font());
    m_hits.emplace_back(r, b.id);
}

qint64 BookingCalendarView::bookingAt(const QPoint &pos) const
{
    for (auto it = m_hits.rbegin(); it != m_hits.rend(); ++it) {
        if (it->first.contains(pos))
            return it->second;
    }
    return 0;
}

QDateTime BookingCalendarView::slotAt(const QPoint &pos) const
{
    if (m_mode == Mode::Month) {
        const QDate gridStart = m_first.addDays(1 - m_first.dayOfWeek());
        const int c = std::clamp(int(pos.x() / (width() / 7.0)), 0, 6);
        const int r = std::clamp(int((pos.y() - kHeader) / ((height() - kHeader) / 6.0)), 0, 5);
        return QDateTime(gridStart.addDays(r * 7 + c), QTime(9, 0), kWib).toUTC();
    }
    const int days = m_mode == Mode::Day ? 1 : 7;
    const double columnWidth = (width() - kHourColumn) / days;
    const double hourHeight = (height() - kHeader) / double(kLastHour - kFirstHour);
    const int d = std::clamp(int((pos.x() - kHourColumn) / columnWidth), 0, days - 1);
    const int h = std::clamp(int((pos.y() - kHeader) / hourHeight) + kFirstHour, kFirstHour, kLastHour - 1);
    return QDateTime(m_first.addDays(d), QTime(h, 0), kWib).toUTC();
}

void BookingCalendarView::mousePressEvent(QMouseEvent *event)
{
    selectBooking(bookingAt(event->position().toPoint()));
}

void BookingCalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 id = bookingAt(event->position().toPoint());
    if (id)
        emit bookingActivated(id);
    else if (event->position().x() >= kHourColumn || m_mode == Mode::Month)
        emit slotActivated(slotAt(event->position().toPoint()));
}

} // namespace pontive::ui
