#pragma once

#include "booking.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <vector>

namespace pontive::core {

// Follows the room's agenda for the wall: when an approved booking with a layout starts
// it emits layoutDue(layout, title); when it ends (or is dropped from the agenda)
// layoutEnded(), so the wall restores what it showed before. The clock is injectable so
// tests can drive time; the agenda is fed by whoever reads the store (off the GUI thread).
class AgendaClock : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit AgendaClock(Clock clock = {}, QObject *parent = nullptr);

    // Approved bookings of one room; others are ignored. Re-evaluates at once.
    void setAgenda(const std::vector<Booking> &bookings);
    // Checks every `interval` (default 1 s) from now on.
    void start(std::chrono::milliseconds interval = std::chrono::seconds(1));
    void stop();
    // The booking whose layout is on the wall, 0 when none.
    qint64 activeBooking() const { return m_active; }

public slots:
    void tick();

signals:
    void layoutDue(const QString &layout, const QString &title);
    void layoutEnded();

private:
    Clock m_clock;
    QTimer m_timer;
    std::vector<Booking> m_agenda;
    qint64 m_active = 0;
};

} // namespace pontive::core
