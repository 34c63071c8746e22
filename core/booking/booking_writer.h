#pragma once

#include "booking_outcome.h"
#include "booking_request.h"
#include "error.h"
#include "room.h"
#include "store/actor.h"
#include "store/database_url.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace pontive::core {

// The checks and inserts of a booking, run inside the caller's write transaction so the
// check and the insert cannot interleave with another station's (SQLite: BEGIN IMMEDIATE;
// PostgreSQL: the room's row is locked at the check, and the exclusion constraint has the
// last word).
class BookingWriter
{
    Q_DECLARE_TR_FUNCTIONS(BookingWriter)
public:
    BookingWriter(QSqlDatabase db, Engine engine, Actor actor);

    Result<BookingOutcome> insert(const BookingRequest &request, const QDateTime &now);

    Result<Room> room(const QString &name) const;   // empty name: the first room
    // The first approved booking of the room overlapping [start, end), other than
    // `exceptId`; back-to-back does not overlap. On PostgreSQL it first locks the room's row
    // until the transaction ends.
    Result<std::optional<QString>> conflict(qint64 roomId, const QDateTime &start, const QDateTime &end,
                                            qint64 exceptId = 0) const;
    // Whether [start, end) lies inside the room's opening hours on one WIB day.
    static bool withinOpeningHours(const Room &room, const QDateTime &start, const QDateTime &end);

private:
    Result<qint64> agencyId(const QString &code) const;
    Result<qint64> insertSeries(const QString &rule, const QList<QDate> &exceptions);
    Result<qint64> insertOne(const BookingRequest &request, qint64 roomId, qint64 agencyId, qint64 seriesId,
                             const QDateTime &start, const QDateTime &end, const QString &uid);

    QSqlDatabase m_db;
    Engine m_engine;
    Actor m_actor;
};

} // namespace pontive::core
