#include "catch_qt.h"
#include "booking_test_support.h"

#include "booking/agenda_clock.h"

#include <QStringList>

using namespace pontive::core;
using pontive::test::wib;

namespace {

Booking meeting(qint64 id, const QString &layout, const QDateTime &start, const QDateTime &end)
{
    Booking b;
    b.id = id;
    b.title = QStringLiteral("Rapat %1").arg(id);
    b.layout = layout;
    b.start = start;
    b.end = end;
    b.status = BookingStatus::Approved;
    return b;
}

// What the wall was told, in order.
struct WallLog {
    QStringList due;
    int ended = 0;
    explicit WallLog(AgendaClock &clock)
    {
        QObject::connect(&clock, &AgendaClock::layoutDue, [this](const QString &layout, const QString &) { due << layout; });
        QObject::connect(&clock, &AgendaClock::layoutEnded, [this] { ++ended; });
    }
};

} // namespace

TEST_CASE("with a simulated clock the agenda switches to a booking's layout at its start and back at its end", "[booking]")
{
    QDateTime now = wib(2027, 1, 12, 8, 59);
    AgendaClock clock([&now] { return now; });
    WallLog wall(clock);
    Booking requested = meeting(3, QStringLiteral("Lain"), wib(2027, 1, 12, 8), wib(2027, 1, 12, 18));
    requested.status = BookingStatus::Requested;
    clock.setAgenda({meeting(1, QStringLiteral("Rapat 2x2"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 11)),
                     meeting(2, QStringLiteral("Presentasi"), wib(2027, 1, 12, 11), wib(2027, 1, 12, 12)),
                     meeting(4, QString(), wib(2027, 1, 12, 13), wib(2027, 1, 12, 14)), requested});
    CHECK(wall.due.isEmpty());

    now = wib(2027, 1, 12, 9);
    clock.tick();
    REQUIRE(wall.due.size() == 1);
    CHECK(wall.due.at(0) == QStringLiteral("Rapat 2x2"));
    clock.tick();   // still the same meeting: nothing new
    CHECK(wall.due.size() == 1);

    now = wib(2027, 1, 12, 11);   // back-to-back: straight to the next layout
    clock.tick();
    REQUIRE(wall.due.size() == 2);
    CHECK(wall.due.at(1) == QStringLiteral("Presentasi"));
    CHECK(wall.ended == 0);

    now = wib(2027, 1, 12, 12);
    clock.tick();
    CHECK(wall.ended == 1);
    CHECK(clock.activeBooking() == 0);

    now = wib(2027, 1, 12, 13, 30);   // a booking without a layout leaves the wall alone
    clock.tick();
    CHECK(wall.due.size() == 2);
    CHECK(wall.ended == 1);
}

TEST_CASE("a meeting cancelled while on the wall restores the layout", "[booking]")
{
    QDateTime now = wib(2027, 1, 12, 10);
    AgendaClock clock([&now] { return now; });
    WallLog wall(clock);
    clock.setAgenda({meeting(1, QStringLiteral("Rapat 2x2"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 11))});
    CHECK(clock.activeBooking() == 1);
    clock.setAgenda({});
    CHECK(wall.ended == 1);
}
