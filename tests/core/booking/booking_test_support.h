#pragma once

#include "booking/booking_request.h"
#include "store/database.h"
#include "store/sql.h"

#include <QThread>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace pontive::test {

// A WIB wall-clock time as the UTC instant the store keeps.
inline QDateTime wib(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(7 * 3600)).toUTC();
}

// "Now" for the tests: before every booking they make, so no past-warnings by accident.
inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

inline core::BookingRequest request(const QString &title, const QDateTime &start, const QDateTime &end,
                                    bool approve = true)
{
    core::BookingRequest r;
    r.title = title;
    r.organiser = QStringLiteral("Pak Budi");
    r.agency = QStringLiteral("Dishub");
    r.start = start;
    r.end = end;
    r.approve = approve;
    return r;
}

inline int countRows(core::Database &db, const QString &table)
{
    auto conn = db.connection();
    REQUIRE(conn);
    auto q = core::runQuery(*conn, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toInt();
}

// Pairs of approved bookings of one room that overlap: must always be 0.
inline int overlappingApprovedPairs(core::Database &db)
{
    auto conn = db.connection();
    REQUIRE(conn);
    auto q = core::runQuery(*conn, QStringLiteral(
        "SELECT COUNT(*) FROM bookings a JOIN bookings b ON a.room_id = b.room_id AND a.id < b.id "
        "AND a.start_ms < b.end_ms AND b.start_ms < a.end_ms "
        "WHERE a.status = 'approved' AND b.status = 'approved'"));
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toInt();
}

// PostgreSQL's count of deadlocks broken in the test's database, once every other
// connection (the writer processes) has gone: an exiting backend reports its counts as
// it leaves. SQLite, which has no such count, gives 0.
inline qint64 deadlocksBroken(core::Database &db)
{
    if (db.engine() != core::Engine::Postgres)
        return 0;
    auto conn = db.connection();
    REQUIRE(conn);
    for (int waited = 0; waited < 100; ++waited) {
        auto others = core::runQuery(*conn, QStringLiteral(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        REQUIRE(others);
        REQUIRE(others->next());
        if (others->value(0).toInt() == 0)
            break;
        QThread::msleep(100);
    }
    QThread::msleep(300);   // the last one leaves the activity list just before it reports
    auto q = core::runQuery(*conn, QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"));
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace pontive::test
