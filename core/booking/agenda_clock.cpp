#include "agenda_clock.h"

#include "booking_logging.h"

namespace pontive::core {

AgendaClock::AgendaClock(Clock clock, QObject *parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    connect(&m_timer, &QTimer::timeout, this, &AgendaClock::tick);
}

void AgendaClock::setAgenda(const std::vector<Booking> &bookings)
{
    m_agenda.clear();
    for (const Booking &b : bookings) {
        if (b.status == BookingStatus::Approved && !b.layout.isEmpty())
            m_agenda.push_back(b);
    }
    tick();
}

void AgendaClock::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    tick();
}

void AgendaClock::stop()
{
    m_timer.stop();
}

void AgendaClock::tick()
{
    const QDateTime now = m_clock();
    const Booking *due = nullptr;
    for (const Booking &b : m_agenda) {
        if (b.start <= now && now < b.end) {
            due = &b;
            break;
        }
    }
    const qint64 id = due ? due->id : 0;
    if (id == m_active)
        return;
    // Back-to-back meetings go straight from one layout to the next.
    if (m_active != 0 && id == 0) {
        qCInfo(lcBooking) << "booking" << m_active << "ended: restoring the wall's layout";
        m_active = 0;
        emit layoutEnded();
        return;
    }
    m_active = id;
    qCInfo(lcBooking) << "booking" << id << "started: layout" << due->layout;
    emit layoutDue(due->layout, due->title);
}

} // namespace pontive::core
