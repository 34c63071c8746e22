#include "catch_qt.h"
#include "test_store.h"
#include "booking_test_support.h"

#include "booking/booking_actions.h"
#include "booking/booking_ics.h"
#include "booking/booking_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

using namespace pontive;
using namespace pontive::core;
using pontive::test::countRows;
using pontive::test::request;
using pontive::test::testNow;
using pontive::test::wib;

namespace {

// Runs the event loop until `condition` holds (generous: a loaded CI machine).
bool waitFor(const std::function<bool()> &condition)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return condition();
}

} // namespace

TEST_CASE("check runs every test of a save, names conflicts by date and writes nothing", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    BookingRepository repo(db, Actor{QStringLiteral("tester"), QStringLiteral("st1")});
    REQUIRE(repo.add(request(QStringLiteral("Rapat Dishub"), wib(2027, 1, 19, 9), wib(2027, 1, 19, 11)), testNow()));
    const int bookings = countRows(*db, QStringLiteral("bookings"));
    const int audits = countRows(*db, QStringLiteral("audit_log"));

    BookingRequest weekly = request(QStringLiteral("Rapat mingguan"), wib(2027, 1, 12, 10), wib(2027, 1, 12, 12));
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=3");
    auto refused = repo.check(weekly, testNow());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("19/01/2027: conflicts with 'Rapat Dishub', 09.00-11.00, 19/01/2027")));

    weekly.exceptions << QDate(2027, 1, 19);
    auto fine = repo.check(weekly, wib(2027, 1, 13, 0));
    REQUIRE(fine);
    CHECK(fine->ids.size() == 2);
    REQUIRE(fine->warnings.size() == 1);
    CHECK(fine->warnings.front().contains(QStringLiteral("past")));
    CHECK(countRows(*db, QStringLiteral("bookings")) == bookings);
    CHECK(countRows(*db, QStringLiteral("audit_log")) == audits);
    CHECK(countRows(*db, QStringLiteral("booking_series")) == 0);
}

TEST_CASE("a whole series is cancelled, rejected or approved at once; one conflict refuses it all by date", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    BookingRepository repo(db, Actor{QStringLiteral("tester"), QStringLiteral("st1")});
    BookingRequest weekly = request(QStringLiteral("Rapat mingguan"), wib(2027, 1, 12, 10), wib(2027, 1, 12, 12), false);
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    auto series = repo.add(weekly, testNow());
    REQUIRE(series);
    REQUIRE(series->ids.size() == 4);
    // Another approved meeting on the third Tuesday: approving the series is refused, naming it.
    REQUIRE(repo.add(request(QStringLiteral("Rapat Dinsos"), wib(2027, 1, 26, 11), wib(2027, 1, 26, 13)), testNow()));
    auto refused = repo.approve(series->ids[1], QStringLiteral("rutin"), BookingScope::Series);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("26/01/2027: conflicts with 'Rapat Dinsos', 11.00-13.00, 26/01/2027")));
    auto first = repo.get(series->ids[0]);
    REQUIRE(first);
    CHECK(first->status == BookingStatus::Requested);

    // One occurrence rejected; cancelling the series cancels the three others and keeps why.
    REQUIRE(repo.reject(series->ids[2], QStringLiteral("bentrok")));
    const int audits = countRows(*db, QStringLiteral("audit_log"));
    REQUIRE(repo.cancel(series->ids[0], QStringLiteral("program selesai"), BookingScope::Series));
    CHECK(countRows(*db, QStringLiteral("audit_log")) == audits + 3);
    for (std::size_t i = 0; i < 4; ++i) {
        auto b = repo.get(series->ids[i]);
        REQUIRE(b);
        CHECK(b->status == (i == 2 ? BookingStatus::Rejected : BookingStatus::Cancelled));
        if (i != 2) {
            CHECK(b->statusReason == QStringLiteral("program selesai"));
            CHECK(b->statusBy == QStringLiteral("tester"));
        }
    }
    // Nothing left to cancel: refused, nothing written.
    CHECK(repo.cancel(series->ids[0], {}, BookingScope::Series).error().code == ErrorCode::Refused);
}

TEST_CASE("rooms are added, edited and removed; a room with bookings or the last room stays", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    BookingRepository repo(db, Actor{});
    CHECK(repo.removeRoom(QStringLiteral("Pontive Center")).error().code == ErrorCode::Refused);
    REQUIRE(repo.addRoom(Room{0, QStringLiteral("Ruang Kecil"), 8 * 60, 16 * 60, 10}));
    REQUIRE(repo.editRoom(QStringLiteral("ruang kecil"), Room{0, QStringLiteral("Ruang Rapat Kecil"), 7 * 60, 17 * 60, 12}));
    auto edited = repo.room(QStringLiteral("Ruang Rapat Kecil"));
    REQUIRE(edited);
    CHECK(edited->openMinute == 7 * 60);
    CHECK(edited->closeMinute == 17 * 60);
    CHECK(edited->capacity == 12);
    CHECK(repo.editRoom(QStringLiteral("Ruang Rapat Kecil"), Room{0, QStringLiteral("Pontive Center"), 420, 1000, 0})
              .error()
              .code
          == ErrorCode::Conflict);
    CHECK(repo.editRoom(QStringLiteral("Ruang Rapat Kecil"), Room{0, QStringLiteral("x"), 900, 800, 0}).error().code
          == ErrorCode::BadInput);
    BookingRequest big = request(QStringLiteral("Besar"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 10));
    big.room = QStringLiteral("Ruang Rapat Kecil");
    big.attendees = 13;
    CHECK(repo.add(big, testNow()).error().message.contains(QStringLiteral("capacity 12")));
    big.attendees = 12;
    REQUIRE(repo.add(big, testNow()));
    CHECK(repo.removeRoom(QStringLiteral("Ruang Rapat Kecil")).error().message.contains(QStringLiteral("1 booking")));
    REQUIRE(repo.addRoom(Room{0, QStringLiteral("Gudang"), 420, 1260, 0}));
    REQUIRE(repo.removeRoom(QStringLiteral("Gudang")));
    CHECK(repo.room(QStringLiteral("Gudang")).error().code == ErrorCode::NotFound);
}

TEST_CASE("a series is exported as one RRULE with EXDATEs and imported back to the same occurrences", "[booking]")
{
    PONTIVE_OPEN_STORE("sqlite", store, db);
    BookingRepository repo(db, Actor{});
    BookingRequest weekly = request(QStringLiteral("Rapat mingguan"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 11));
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=5");
    weekly.exceptions << QDate(2027, 1, 19);
    auto series = repo.add(weekly, testNow());
    REQUIRE(series);
    REQUIRE(series->ids.size() == 4);   // 12, 26 Jan, 2, 9 Feb
    REQUIRE(repo.cancel(series->ids[2]));   // 2 Feb
    auto all = repo.list();
    REQUIRE(all);
    const QByteArray ics = BookingIcs::exportCalendar(QStringLiteral("Pontive Center"), *all);
    CHECK(ics.count("BEGIN:VEVENT") == 2);   // the series, and the cancelled occurrence
    CHECK(ics.count("RRULE:") == 1);
    CHECK(ics.contains("UNTIL=20270209T020000Z"));
    CHECK(ics.count("EXDATE") == 2);   // 19 Jan (exception) and 2 Feb (cancelled)

    auto parsed = BookingIcs::parse(ics, {});
    REQUIRE(parsed);
    REQUIRE(parsed->size() == 1);
    PONTIVE_OPEN_STORE("sqlite", other, db2);
    BookingRepository repo2(db2, Actor{});
    auto imported = repo2.addAll(*parsed, testNow());
    REQUIRE(imported);
    auto back = repo2.list();
    REQUIRE(back);
    std::vector<QDateTime> starts;
    for (const Booking &b : *back)
        starts.push_back(b.start);
    CHECK(starts == std::vector<QDateTime>{wib(2027, 1, 12, 9), wib(2027, 1, 26, 9), wib(2027, 2, 9, 9)});
    CHECK(back->front().end == wib(2027, 1, 12, 11));
    // Importing the file again into the first store skips the series already there.
    auto again = repo.addAll(*parsed, testNow());
    REQUIRE(again);
    CHECK(again->ids.empty());
}

TEST_CASE("booking actions check, write and change status off the calling thread and report by signal", "[booking]")
{
    PONTIVE_OPEN_STORE("sqlite", store, db);
    BookingActions actions(db, Actor{QStringLiteral("operator"), QStringLiteral("console")});
    std::optional<BookingChoices> choices;
    std::optional<BookingOutcome> added;
    std::optional<pontive::Error> checkFailed;
    int changed = 0;
    int statusChanged = 0;
    QObject::connect(&actions, &BookingActions::choicesLoaded, [&](const BookingChoices &c) { choices = c; });
    QObject::connect(&actions, &BookingActions::added, [&](const BookingOutcome &o) { added = o; });
    QObject::connect(&actions, &BookingActions::checkFailed, [&](const pontive::Error &e) { checkFailed = e; });
    QObject::connect(&actions, &BookingActions::changed, [&] { ++changed; });
    QObject::connect(&actions, &BookingActions::statusChanged, [&](qint64, BookingStatus) { ++statusChanged; });
    actions.loadChoices();
    REQUIRE(waitFor([&] { return choices.has_value(); }));
    CHECK(choices->rooms.size() == 1);
    CHECK(choices->agencies.contains(QStringLiteral("Dishub")));

    actions.add(request(QStringLiteral("Rapat Dishub"), wib(2030, 1, 15, 9), wib(2030, 1, 15, 11), false));
    REQUIRE(waitFor([&] { return added.has_value(); }));
    CHECK(changed == 1);
    actions.changeStatus(added->ids.front(), BookingStatus::Approved, QStringLiteral("ok"), BookingScope::Occurrence);
    REQUIRE(waitFor([&] { return statusChanged == 1; }));
    actions.check(request(QStringLiteral("x"), wib(2030, 1, 15, 10), wib(2030, 1, 15, 12)));
    REQUIRE(waitFor([&] { return checkFailed.has_value(); }));
    CHECK(checkFailed->message.contains(QStringLiteral("Rapat Dishub")));
    CHECK(changed == 2);
}
