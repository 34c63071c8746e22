#include "catch_qt.h"
#include "test_store.h"
#include "booking_test_support.h"

#include "booking/booking_ics.h"
#include "booking/booking_repository.h"
#include "booking/recurrence.h"
#include "booking/usage_report.h"
#include "booking/wib_input.h"

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;
using pontive::test::request;
using pontive::test::testNow;
using pontive::test::wib;

TEST_CASE("times typed without an offset are WIB; an offset or Z is honoured", "[booking]")
{
    CHECK(parseWibDateTime(QStringLiteral("2027-01-12T09:00")) == QDateTime(QDate(2027, 1, 12), QTime(2, 0), Qt::UTC));
    CHECK(parseWibDateTime(QStringLiteral("2027-01-12T09:00+08:00")) == QDateTime(QDate(2027, 1, 12), QTime(1, 0), Qt::UTC));
    CHECK(parseWibDateTime(QStringLiteral("2027-01-12T09:00Z")) == QDateTime(QDate(2027, 1, 12), QTime(9, 0), Qt::UTC));
    CHECK(parseWibDateTime(QStringLiteral("2027-01-12")) == QDateTime(QDate(2027, 1, 11), QTime(17, 0), Qt::UTC));
    CHECK_FALSE(parseWibDateTime(QStringLiteral("12/01/2027 09.00")).isValid());
}

TEST_CASE("libical expands daily, weekly and monthly rules in WIB and skips exceptions", "[booking]")
{
    auto monthly = Recurrence::expand(QStringLiteral("FREQ=MONTHLY;COUNT=3"), wib(2027, 1, 12, 9));
    REQUIRE(monthly);
    CHECK(*monthly == std::vector<QDateTime>{wib(2027, 1, 12, 9), wib(2027, 2, 12, 9), wib(2027, 3, 12, 9)});
    auto daily = Recurrence::expand(QStringLiteral("FREQ=DAILY;UNTIL=20270115T235959Z"), wib(2027, 1, 12, 8),
                                    {QDate(2027, 1, 13)});
    REQUIRE(daily);
    CHECK(*daily == std::vector<QDateTime>{wib(2027, 1, 12, 8), wib(2027, 1, 14, 8), wib(2027, 1, 15, 8)});
    auto weekdays = Recurrence::expand(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4"), wib(2027, 1, 11, 9));
    REQUIRE(weekdays);
    CHECK(weekdays->size() == 4);
    CHECK(weekdays->back() == wib(2027, 1, 20, 9));
    CHECK(Recurrence::expand(QStringLiteral("FREQ=YEARLY;COUNT=2"), wib(2027, 1, 12, 9)).error().code == ErrorCode::BadInput);
    CHECK(Recurrence::expand(QStringLiteral("FREQ=DAILY;COUNT=5000"), wib(2027, 1, 12, 9)).error().code == ErrorCode::BadInput);
    CHECK(Recurrence::expand(QStringLiteral("bukan aturan"), wib(2027, 1, 12, 9)).error().code == ErrorCode::BadInput);
}

TEST_CASE("the usage report counts approved meetings and hours per month, year and agency", "[booking]")
{
    std::vector<Booking> bookings(4);
    for (Booking &b : bookings) {
        b.status = BookingStatus::Approved;
        b.agency = QStringLiteral("Dishub");
    }
    bookings[0].start = wib(2027, 1, 31, 20);
    bookings[0].end = wib(2027, 1, 31, 21);
    bookings[1].start = wib(2027, 2, 1, 6);   // still 31 January in UTC: months are WIB
    bookings[1].end = wib(2027, 2, 1, 8, 30);
    bookings[1].agency = QStringLiteral("Dinsos");
    bookings[2].start = wib(2028, 2, 1, 9);
    bookings[2].end = wib(2028, 2, 1, 10);
    bookings[3].start = wib(2027, 2, 2, 9);
    bookings[3].end = wib(2027, 2, 2, 10);
    bookings[3].status = BookingStatus::Cancelled;
    const UsageReport report = UsageReport::build(bookings);
    CHECK(report.meetings() == 3);
    CHECK(report.hours() == Approx(4.5));
    REQUIRE(report.byMonth().size() == 3);
    CHECK(report.byMonth()[0].key == QStringLiteral("2027-01"));
    CHECK(report.byMonth()[1].hours == Approx(2.5));
    REQUIRE(report.byYear().size() == 2);
    CHECK(report.byYear()[0].meetings == 2);
    REQUIRE(report.byAgency().size() == 2);
    CHECK(report.byAgency()[0].key == QStringLiteral("Dinsos"));
    CHECK(report.byAgency()[1].meetings == 2);
    CHECK(report.toTable().toCsv().contains(QStringLiteral("2027-02,1,2.5")));
}

TEST_CASE("a room's calendar survives an .ics export and import through libical with WIB times intact", "[booking]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    PONTIVE_OPEN_STORE(engine, from, source);
    TestStore to(engine);
    BookingRepository out(source, Actor{});
    auto meeting = request(QStringLiteral("Rapat Dishub, \"lalu lintas\"; evaluasi"), wib(2027, 1, 12, 9), wib(2027, 1, 12, 11));
    meeting.purpose = QStringLiteral("Evaluasi CCTV simpang\nbaris kedua");
    meeting.attendees = 25;
    meeting.layout = QStringLiteral("Rapat 2x2");
    REQUIRE(out.add(meeting, testNow()));
    auto weekly = request(QStringLiteral("Apel Diskominfo"), wib(2027, 1, 13, 7, 30), wib(2027, 1, 13, 8));
    weekly.agency = QStringLiteral("Diskominfo");
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=3");
    REQUIRE(out.add(weekly, testNow()));
    const auto original = out.list().value();
    REQUIRE(original.size() == 4);

    const QByteArray ics = BookingIcs::exportCalendar(QStringLiteral("Pontive Center"), original);
    CHECK(ics.contains("DTSTART:20270112T020000Z"));
    CHECK(ics.contains("X-PONTIVE-AGENCY:Dishub"));
    auto parsed = BookingIcs::parse(ics, {QString(), QString(), QString(), true});
    REQUIRE(parsed);
    REQUIRE(parsed->size() == 2);   // the weekly series is one event with its rule

    auto target = to.open();
    REQUIRE(target);
    BookingRepository in(target, Actor{});
    auto imported = in.addAll(*parsed, testNow());
    REQUIRE(imported);
    CHECK(imported->ids.size() == 4);
    const auto copy = in.list().value();
    REQUIRE(copy.size() == original.size());
    for (size_t i = 0; i < copy.size(); ++i) {
        CHECK(copy[i].title == original[i].title);
        CHECK(copy[i].start == original[i].start);
        CHECK(copy[i].end == original[i].end);
        CHECK(copy[i].agency == original[i].agency);
        CHECK(copy[i].organiser == original[i].organiser);
        CHECK(copy[i].purpose == original[i].purpose);
        CHECK(copy[i].attendees == original[i].attendees);
        CHECK(copy[i].layout == original[i].layout);
        CHECK(copy[i].uid == original[i].uid);
        CHECK(copy[i].status == BookingStatus::Approved);
    }
    // Importing the same file again adds nothing.
    auto again = in.addAll(*parsed, testNow());
    REQUIRE(again);
    CHECK(again->ids.empty());
    CHECK(again->warnings.size() == 2);
}

TEST_CASE("an imported event with a rule and exceptions is expanded, and a clash refuses the whole file", "[booking]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    const QByteArray ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:rapat-1@example\r\nDTSTAMP:20261201T000000Z\r\n"
        "DTSTART:20270301T090000\r\nDTEND:20270301T100000\r\nSUMMARY:Rapat koordinasi\r\n"
        "RRULE:FREQ=DAILY;COUNT=3\r\nEXDATE;VALUE=DATE:20270302\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:rapat-2@example\r\nDTSTAMP:20261201T000000Z\r\n"
        "DTSTART:20270310T020000Z\r\nDURATION:PT2H\r\nSUMMARY:Rapat dua\r\n"
        "ORGANIZER;CN=Bu Sari:mailto:sari@example.org\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    auto parsed = BookingIcs::parse(ics, {QString(), QStringLiteral("Dinsos"), QString(), true});
    REQUIRE(parsed);
    REQUIRE(parsed->size() == 2);
    CHECK((*parsed)[1].organiser == QStringLiteral("Bu Sari"));
    CHECK((*parsed)[1].end == wib(2027, 3, 10, 11));

    BookingRepository repo(db, Actor{});
    REQUIRE(repo.add(request(QStringLiteral("Sudah ada"), wib(2027, 3, 10, 10), wib(2027, 3, 10, 12)), testNow()));
    auto clash = repo.addAll(*parsed, testNow());
    REQUIRE_FALSE(clash);
    CHECK(clash.error().message.contains(QStringLiteral("'Rapat dua': conflicts with 'Sudah ada'")));
    CHECK(repo.list().value().size() == 1);

    (*parsed)[1].start = wib(2027, 3, 11, 9);
    (*parsed)[1].end = wib(2027, 3, 11, 10);
    auto done = repo.addAll(*parsed, testNow());
    REQUIRE(done);
    CHECK(done->ids.size() == 3);   // 1 and 3 March, 11 March
    const auto all = repo.list({QString(), wib(2027, 3, 1, 0), wib(2027, 3, 4, 0), std::nullopt}).value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].start == wib(2027, 3, 1, 9));
    CHECK(all[1].start == wib(2027, 3, 3, 9));
    CHECK(all[1].agency == QStringLiteral("Dinsos"));
}

TEST_CASE("a file that is not iCalendar is refused", "[booking]")
{
    CHECK(BookingIcs::parse("hello, world", {}).error().code == ErrorCode::BadInput);
    CHECK(BookingIcs::parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", {}).error().code == ErrorCode::BadInput);
}
