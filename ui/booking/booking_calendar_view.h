#pragma once

#include "booking/booking.h"

#include <QDate>
#include <QWidget>

#include <utility>
#include <vector>

namespace pontive::ui {

// The room's calendar painted as a day, week or month grid in WIB: booking blocks coloured
// by agency, their status written on them (requested: hatched, cancelled/rejected: grey and
// struck through), today marked and, on today's column, a line at the current time.
class BookingCalendarView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Day, Week, Month };

    explicit BookingCalendarView(QWidget *parent = nullptr);

    // `first` is the first day shown (a Monday for week and month grids).
    void setView(Mode mode, const QDate &first, std::vector<core::Booking> bookings);
    // The current time (UTC) that marks today; the wall clock unless set (tests, screenshots).
    void setNow(const QDateTime &utc);
    QDateTime now() const;
    qint64 selectedBooking() const { return m_selected; }
    void selectBooking(qint64 id);
    Mode mode() const { return m_mode; }
    QDate firstDay() const { return m_first; }
    // The colour of an agency's blocks, the same everywhere.
    static QColor agencyColour(const QString &agency);

    QSize sizeHint() const override { return {900, 600}; }

signals:
    void bookingSelected(qint64 id);
    void bookingActivated(qint64 id);
    // A double-click on a free slot: a new booking there (WIB day, hour).
    void slotActivated(const QDateTime &startUtc);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void paintTimeGrid(QPainter &p, int days);
    void paintMonth(QPainter &p);
    void paintBlock(QPainter &p, const QRectF &r, const core::Booking &b, bool compact);
    qint64 bookingAt(const QPoint &pos) const;
    QDateTime slotAt(const QPoint &pos) const;
    QDate today() const;
    static QDate toWibDate(const QDateTime &utc);

    Mode m_mode = Mode::Week;
    QDate m_first;
    std::vector<core::Booking> m_bookings;
    std::vector<std::pair<QRectF, qint64>> m_hits;
    QDateTime m_now;
    qint64 m_selected = 0;
};

} // namespace pontive::ui
