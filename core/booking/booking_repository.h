#pragma once

#include "booking.h"
#include "booking_outcome.h"
#include "booking_query.h"
#include "booking_request.h"
#include "error.h"
#include "room.h"
#include "store/actor.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace pontive::core {

class Database;

// Rooms and their bookings. Every change runs in one write transaction with its audit row;
// no two approved bookings of one room ever overlap, also with several stations at once.
class BookingRepository
{
    Q_DECLARE_TR_FUNCTIONS(BookingRepository)
public:
    BookingRepository(std::shared_ptr<Database> db, Actor actor);

    Result<std::vector<Room>> rooms() const;
    Result<Room> room(const QString &name) const;   // empty: the Pontive Center
    Result<qint64> addRoom(const Room &room);
    Status setOpeningHours(const QString &room, int openMinute, int closeMinute);
    // Renames and sets hours and capacity of the room named `name` (changes.id is ignored).
    Status editRoom(const QString &name, const Room &changes);
    // Refused while the room has bookings, and for the last room.
    Status removeRoom(const QString &name);

    // Validates every occurrence, then writes all of them or nothing.
    Result<BookingOutcome> add(const BookingRequest &request,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Several requests (an .ics import) in one transaction: all or nothing. Requests
    // whose UID is already in the store are skipped, so an import can be repeated.
    Result<BookingOutcome> addAll(const std::vector<BookingRequest> &requests,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Every check of add() (conflicts by date, opening hours, warnings) without writing:
    // what a booking dialog shows before the operator saves.
    Result<BookingOutcome> check(const BookingRequest &request,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

    Result<std::vector<Booking>> list(const BookingQuery &query = {}) const;
    Result<Booking> get(qint64 id) const;

    // requested -> approved (refused when it would overlap), requested -> rejected,
    // requested or approved -> cancelled. Who and why are kept.
    // With BookingScope::Series the change applies to every occurrence of the booking's
    // series that can take it (others are left as they are), all or nothing.
    Status approve(qint64 id, const QString &reason = {}, BookingScope scope = BookingScope::Occurrence);
    Status reject(qint64 id, const QString &reason = {}, BookingScope scope = BookingScope::Occurrence);
    Status cancel(qint64 id, const QString &reason = {}, BookingScope scope = BookingScope::Occurrence);
    Status changeStatus(qint64 id, BookingStatus to, const QString &reason,
                        BookingScope scope = BookingScope::Occurrence);

private:
    Status changeStatusOnce(qint64 id, BookingStatus to, const QString &reason, BookingScope scope);
    Result<BookingOutcome> addOnce(const std::vector<BookingRequest> &requests, const QDateTime &now, bool commit);

    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
