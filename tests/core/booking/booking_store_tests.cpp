#include "catch_qt.h"
#include "test_store.h"
#include "booking_test_support.h"

#include "booking/booking_list_loader.h"
#include "booking/booking_repository.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace pontive;
using namespace pontive::core;
using pontive::test::countRows;
using pontive::test::request;
using pontive::test::testNow;
using pontive::test::wib;

TEST_CASE("a booking overlapping an approved one is refused, names the conflict and writes nothing", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    BookingRepository repo(db, Actor{QStringLiteral("tester"), QStringLiteral("st1")});
    REQUIRE(repo.add(request(QStringLiteral("Rapat Dishub"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 11)), testNow()));
    const int bookings = countRows(*db, QStringLiteral("bookings"));
    const int audits = countRows(*db, QStringLiteral("audit_log"));

    for (bool approve : {true, false}) {
        auto refused = repo.add(request(QStringLiteral("Rapat Dinsos"), wib(2027, 1, 12, 10), wib(2027, 1, 12, 12), approve),
                                testNow());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message == QStringLiteral("conflicts with 'Rapat Dishub', 09.00-11.00, 12/01/2027"));
    }
    // Inside, around and at the same times: all refused.
    for (auto [s, e] : {std::pair{wib(2027, 1, 12, 9, 30), wib(2027, 1, 12, 10)}, std::pair{wib(2027, 1, 12, 8), wib(2027, 1, 12, 12)},
                        std::pair{wib(2027, 1, 12, 9), wib(2027, 1, 12, 11)}})
        CHECK_FALSE(repo.add(request(QStringLiteral("x"), s, e), testNow()));
    CHECK(countRows(*db, QStringLiteral("bookings")) == bookings);
    CHECK(countRows(*db, QStringLiteral("audit_log")) == audits);
}

TEST_CASE("back-to-back bookings are allowed on both sides", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    BookingRepository repo(db, Actor{});
    REQUIRE(repo.add(request(QStringLiteral("Rapat Dishub"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 11)), testNow()));
    CHECK(repo.add(request(QStringLiteral("after"), wib(2027, 1, 12, 11), wib(2027, 1, 12, 13)), testNow()));
    CHECK(repo.add(request(QStringLiteral("before"), wib(2027, 1, 12, 7), wib(2027, 1, 12, 9)), testNow()));
    auto all = repo.list();
    REQUIRE(all);
    CHECK(all->size() == 3);
    CHECK(pontive::test::overlappingApprovedPairs(*db) == 0);
}

TEST_CASE("a recurring booking is expanded by libical and its conflicts are reported by date", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    BookingRepository repo(db, Actor{});
    REQUIRE(repo.add(request(QStringLiteral("Rapat Dinsos"), wib(2027, 1, 19, 9), wib(2027, 1, 19, 11)), testNow()));

    auto weekly = request(QStringLiteral("Rapat mingguan"), wib(2027, 1, 12, 10), wib(2027, 1, 12, 12));
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    auto refused = repo.add(weekly, testNow());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("19/01/2027: conflicts with 'Rapat Dinsos', 09.00-11.00, 19/01/2027")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("26/01/2027")));
    CHECK(countRows(*db, QStringLiteral("bookings")) == 1);
    CHECK(countRows(*db, QStringLiteral("booking_series")) == 0);

    weekly.exceptions = {QDate(2027, 1, 19)};
    auto done = repo.add(weekly, testNow());
    REQUIRE(done);
    CHECK(done->ids.size() == 3);
    CHECK(done->seriesId > 0);
    auto series = repo.list({QString(), wib(2027, 1, 12, 0), wib(2027, 2, 28, 0), std::nullopt});
    REQUIRE(series);
    QStringList days;
    for (const Booking &b : *series) {
        if (b.seriesId == done->seriesId) {
            days << b.start.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("dd/MM HH.mm"));
            CHECK(b.rrule == QStringLiteral("FREQ=WEEKLY;COUNT=4"));
        }
    }
    CHECK(days == QStringList{QStringLiteral("12/01 10.00"), QStringLiteral("26/01 10.00"), QStringLiteral("02/02 10.00")});
}

TEST_CASE("bad input is refused with a clear message and writes nothing", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    BookingRepository repo(db, Actor{});
    const int audits = countRows(*db, QStringLiteral("audit_log"));
    struct Case {
        BookingRequest r;
        ErrorCode code;
        QString words;
    };
    auto unknownRoom = request(QStringLiteral("a"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 10));
    unknownRoom.room = QStringLiteral("Aula Kantor Wali Kota");
    auto unknownAgency = request(QStringLiteral("a"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 10));
    unknownAgency.agency = QStringLiteral("Dinkes");
    auto badRule = request(QStringLiteral("a"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 10));
    badRule.rrule = QStringLiteral("FREQ=WEEKLY");   // no end
    auto noTitle = request(QString(), wib(2027, 1, 12, 9), wib(2027, 1, 12, 10));
    const std::vector<Case> cases{
        {request(QStringLiteral("a"), wib(2027, 1, 12, 11), wib(2027, 1, 12, 9)), ErrorCode::BadInput, QStringLiteral("before the start")},
        {request(QStringLiteral("a"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 9)), ErrorCode::BadInput, QStringLiteral("zero length")},
        {request(QStringLiteral("a"), wib(2027, 1, 12, 6), wib(2027, 1, 12, 8)), ErrorCode::BadInput, QStringLiteral("opening hours")},
        {request(QStringLiteral("a"), wib(2027, 1, 12, 20), wib(2027, 1, 13, 8)), ErrorCode::BadInput, QStringLiteral("opening hours")},
        {unknownRoom, ErrorCode::NotFound, QStringLiteral("unknown room 'Aula Kantor Wali Kota'")},
        {unknownAgency, ErrorCode::NotFound, QStringLiteral("unknown agency 'Dinkes'")},
        {badRule, ErrorCode::BadInput, QStringLiteral("UNTIL")},
        {noTitle, ErrorCode::BadInput, QStringLiteral("title")},
    };
    for (const Case &c : cases) {
        auto refused = repo.add(c.r, testNow());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == c.code);
        CHECK(refused.error().message.contains(c.words));
    }
    CHECK(countRows(*db, QStringLiteral("bookings")) == 0);
    CHECK(countRows(*db, QStringLiteral("audit_log")) == audits);
}

TEST_CASE("a booking in the past is written with a warning", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    auto done = BookingRepository(db, Actor{}).add(request(QStringLiteral("Rapat lama"), wib(2025, 6, 2, 9), wib(2025, 6, 2, 10)),
                                                   testNow());
    REQUIRE(done);
    REQUIRE(done->warnings.size() == 1);
    CHECK(done->warnings.front().contains(QStringLiteral("past")));
}

TEST_CASE("approve, reject and cancel keep who and why, and finished bookings stay finished", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    BookingRepository repo(db, Actor{QStringLiteral("kasi"), QStringLiteral("st2")});
    const qint64 a = repo.add(request(QStringLiteral("A"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 11), false), testNow())->ids.front();
    const qint64 b = repo.add(request(QStringLiteral("B"), wib(2027, 1, 12, 10), wib(2027, 1, 12, 12), false), testNow())->ids.front();
    const int audits = countRows(*db, QStringLiteral("audit_log"));

    REQUIRE(repo.approve(a));
    auto second = repo.approve(b);   // two requests may overlap; only one is approved
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("conflicts with 'A', 09.00-11.00, 12/01/2027")));
    REQUIRE(repo.reject(b, QStringLiteral("ruangan sudah dipakai")));
    CHECK(repo.get(b)->status == BookingStatus::Rejected);
    CHECK(repo.get(b)->statusReason == QStringLiteral("ruangan sudah dipakai"));
    CHECK(repo.get(b)->statusBy == QStringLiteral("kasi"));
    CHECK(repo.approve(b).error().code == ErrorCode::Refused);
    CHECK(repo.cancel(b).error().code == ErrorCode::Refused);

    REQUIRE(repo.cancel(a, QStringLiteral("acara ditunda")));
    CHECK(repo.get(a)->status == BookingStatus::Cancelled);
    CHECK(repo.approve(a).error().code == ErrorCode::Refused);
    CHECK(repo.approve(999).error().code == ErrorCode::NotFound);
    CHECK(countRows(*db, QStringLiteral("audit_log")) == audits + 3);
    // The slot is free again once the approved booking is cancelled.
    CHECK(repo.add(request(QStringLiteral("C"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 11)), testNow()));
}

TEST_CASE("opening hours are set per room and rooms do not conflict with each other", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    BookingRepository repo(db, Actor{});
    auto rooms = repo.rooms();
    REQUIRE(rooms);
    REQUIRE(rooms->size() == 1);
    CHECK(rooms->front().name == QStringLiteral("Pontive Center"));

    auto early = request(QStringLiteral("Apel pagi"), wib(2027, 1, 12, 6), wib(2027, 1, 12, 7));
    CHECK_FALSE(repo.add(early, testNow()));
    REQUIRE(repo.setOpeningHours(QStringLiteral("pontive center"), 6 * 60, 22 * 60));
    CHECK(repo.add(early, testNow()));

    auto added = repo.addRoom(Room{0, QStringLiteral("Ruang Rapat Diskominfo"), 8 * 60, 16 * 60, 20});
    INFO((added ? QString() : added.error().fullText()).toStdString());
    REQUIRE(added);
    auto other = request(QStringLiteral("Apel pagi"), wib(2027, 1, 12, 8), wib(2027, 1, 12, 9));
    REQUIRE(repo.add(request(QStringLiteral("PC"), wib(2027, 1, 12, 8), wib(2027, 1, 12, 9)), testNow()));
    other.room = QStringLiteral("Ruang Rapat Diskominfo");
    CHECK(repo.add(other, testNow()));
    other.attendees = 30;
    other.start = wib(2027, 1, 13, 8);
    other.end = wib(2027, 1, 13, 9);
    CHECK(repo.add(other, testNow()).error().message.contains(QStringLiteral("capacity 20")));
}

TEST_CASE("PostgreSQL itself refuses two overlapping approved rows of one room", "[booking][postgresql]")
{
    PONTIVE_OPEN_STORE("postgresql", store, db);
    auto conn = db->connection();
    REQUIRE(conn);
    const QString insert = QStringLiteral(
        "INSERT INTO bookings (uid, room_id, title, organiser, agency_id, start_ms, end_ms, status, created_ms, updated_ms) "
        "VALUES (?, 1, 't', 'o', 1, ?, ?, ?, 0, 0)");
    REQUIRE(runQuery(*conn, insert, {QStringLiteral("a"), 1000, 2000, QStringLiteral("approved")}));
    CHECK(runQuery(*conn, insert, {QStringLiteral("b"), 2000, 3000, QStringLiteral("approved")}));    // back-to-back
    CHECK(runQuery(*conn, insert, {QStringLiteral("c"), 1500, 2500, QStringLiteral("requested")}));   // requests may overlap
    auto clash = runQuery(*conn, insert, {QStringLiteral("d"), 1500, 2500, QStringLiteral("approved")});
    REQUIRE_FALSE(clash);
    CHECK(clash.error().code == ErrorCode::Conflict);
    CHECK(clash.error().detail.contains(QStringLiteral("bookings_no_overlap")));
}

TEST_CASE("the list loader reads bookings off the calling thread and reports by signal", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    REQUIRE(BookingRepository(db, Actor{}).add(request(QStringLiteral("Rapat"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 10)),
                                               testNow()));
    BookingListLoader loader(db);
    std::vector<Booking> got;
    bool done = false;
    QObject::connect(&loader, &BookingListLoader::loaded, [&](const std::vector<Booking> &b) {
        got = b;
        done = true;
    });
    QObject::connect(&loader, &BookingListLoader::failed, [&](const pontive::Error &) { done = true; });
    loader.load({});
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(got.size() == 1);
    CHECK(got.front().title == QStringLiteral("Rapat"));
}
