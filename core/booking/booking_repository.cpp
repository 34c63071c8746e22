#include "booking_repository.h"

#include "booking_logging.h"
#include "booking_texts.h"
#include "booking_writer.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "store/write_transaction.h"
#include "util/wib_time.h"

namespace pontive::core {

namespace {

// PostgreSQL refused our write because another station wrote an overlapping approved
// booking between our check and our insert: the exclusion constraint, or a deadlock
// between two inserts waiting on each other's range. Retrying sees the winner and names it.
bool lostRace(const Error &error)
{
    return (error.code == ErrorCode::Conflict && error.detail.contains(QLatin1String("bookings_no_overlap")))
        || error.detail.contains(QLatin1String("deadlock detected"))
        || error.detail.contains(QLatin1String("could not serialize"));
}
constexpr int kRaceRetries = 5;

const QString kSelect = QStringLiteral(
    "SELECT b.id, b.uid, b.room_id, r.name, b.title, b.organiser, a.code, b.contact, b.start_ms, b.end_ms, "
    "b.attendees, b.purpose, b.needs_wall, b.needs_projector, b.needs_sound, b.status, b.status_by, "
    "b.status_reason, b.status_ms, b.layout, b.series_id, s.rrule, b.created_by "
    "FROM bookings b JOIN rooms r ON r.id = b.room_id JOIN agencies a ON a.id = b.agency_id "
    "LEFT JOIN booking_series s ON s.id = b.series_id ");

QDateTime utcFromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Booking readBooking(const QSqlQuery &q)
{
    Booking b;
    b.id = q.value(0).toLongLong();
    b.uid = q.value(1).toString();
    b.roomId = q.value(2).toLongLong();
    b.room = q.value(3).toString();
    b.title = q.value(4).toString();
    b.organiser = q.value(5).toString();
    b.agency = q.value(6).toString();
    b.contact = q.value(7).toString();
    b.start = utcFromMs(q.value(8));
    b.end = utcFromMs(q.value(9));
    b.attendees = q.value(10).toInt();
    b.purpose = q.value(11).toString();
    b.equipment = Equipment{q.value(12).toInt() != 0, q.value(13).toInt() != 0, q.value(14).toInt() != 0};
    b.status = parseBookingStatus(q.value(15).toString()).value_or(BookingStatus::Requested);
    b.statusBy = q.value(16).toString();
    b.statusReason = q.value(17).toString();
    b.statusAt = utcFromMs(q.value(18));
    b.layout = q.value(19).toString();
    b.seriesId = q.value(20).isNull() ? 0 : q.value(20).toLongLong();
    b.rrule = q.value(21).toString();
    b.createdBy = q.value(22).toString();
    return b;
}

} // namespace

BookingRepository::BookingRepository(std::shared_ptr<Database> db, Actor actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{
}

Result<std::vector<Room>> BookingRepository::rooms() const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT id, name, open_minute, close_minute, capacity FROM rooms ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<Room> out;
    while (q->next())
        out.push_back(Room{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toInt(),
                           q->value(4).toInt()});
    return out;
}

Result<Room> BookingRepository::room(const QString &name) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    return BookingWriter(*conn, m_db->engine(), m_actor).room(name);
}

Result<qint64> BookingRepository::addRoom(const Room &room)
{
    if (room.name.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("a room needs a name"));
    if (room.openMinute < 0 || room.closeMinute > 24 * 60 || room.openMinute >= room.closeMinute)
        return fail(ErrorCode::BadInput, tr("the opening hours must open before they close"));
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &conn) -> Result<qint64> {
        auto q = runQuery(conn,
                          QStringLiteral("INSERT INTO rooms (name, open_minute, close_minute, capacity) VALUES (?, ?, ?, ?) RETURNING id"),
                          {room.name.trimmed(), room.openMinute, room.closeMinute, room.capacity});
        if (!q) {
            if (q.error().code == ErrorCode::Conflict)
                return fail(ErrorCode::Conflict, tr("room '%1' already exists").arg(room.name));
            return std::unexpected(q.error());
        }
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();   // SQLite refuses to commit while a RETURNING statement is still open
        if (auto a = AuditLog::record(conn, m_actor, QStringLiteral("add"), QStringLiteral("room"), id, room.name); !a)
            return std::unexpected(a.error());
        return id;
    });
}

Status BookingRepository::setOpeningHours(const QString &roomName, int openMinute, int closeMinute)
{
    if (openMinute < 0 || closeMinute > 24 * 60 || openMinute >= closeMinute)
        return fail(ErrorCode::BadInput, tr("the opening hours must open before they close"));
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &conn) -> Status {
        auto r = BookingWriter(conn, m_db->engine(), m_actor).room(roomName);
        if (!r)
            return std::unexpected(r.error());
        if (auto q = runQuery(conn, QStringLiteral("UPDATE rooms SET open_minute = ?, close_minute = ? WHERE id = ?"),
                              {openMinute, closeMinute, r->id});
            !q)
            return std::unexpected(q.error());
        return AuditLog::record(conn, m_actor, QStringLiteral("edit"), QStringLiteral("room"), r->id,
                                QStringLiteral("opening hours %1-%2 min").arg(openMinute).arg(closeMinute));
    });
}

Status BookingRepository::editRoom(const QString &name, const Room &changes)
{
    if (changes.name.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("a room needs a name"));
    if (changes.openMinute < 0 || changes.closeMinute > 24 * 60 || changes.openMinute >= changes.closeMinute)
        return fail(ErrorCode::BadInput, tr("the opening hours must open before they close"));
    if (changes.capacity < 0)
        return fail(ErrorCode::BadInput, tr("the capacity cannot be negative"));
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &conn) -> Status {
        auto r = BookingWriter(conn, m_db->engine(), m_actor).room(name);
        if (!r)
            return std::unexpected(r.error());
        if (auto q = runQuery(conn,
                              QStringLiteral("UPDATE rooms SET name = ?, open_minute = ?, close_minute = ?, capacity = ? "
                                             "WHERE id = ?"),
                              {changes.name.trimmed(), changes.openMinute, changes.closeMinute, changes.capacity, r->id});
            !q) {
            if (q.error().code == ErrorCode::Conflict)
                return fail(ErrorCode::Conflict, tr("room '%1' already exists").arg(changes.name.trimmed()));
            return std::unexpected(q.error());
        }
        return AuditLog::record(conn, m_actor, QStringLiteral("edit"), QStringLiteral("room"), r->id,
                                QStringLiteral("%1: %2-%3 min, capacity %4")
                                    .arg(changes.name.trimmed())
                                    .arg(changes.openMinute)
                                    .arg(changes.closeMinute)
                                    .arg(changes.capacity));
    });
}

Status BookingRepository::removeRoom(const QString &name)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("which room?"));
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &conn) -> Status {
        auto r = BookingWriter(conn, m_db->engine(), m_actor).room(name);
        if (!r)
            return std::unexpected(r.error());
        int used = 0;
        int rooms = 0;
        {
            auto counts = runQuery(conn, QStringLiteral("SELECT (SELECT COUNT(*) FROM bookings WHERE room_id = ?), "
                                                        "(SELECT COUNT(*) FROM rooms)"),
                                   {r->id});
            if (!counts)
                return std::unexpected(counts.error());
            if (counts->next()) {
                used = counts->value(0).toInt();
                rooms = counts->value(1).toInt();
            }
        }
        if (used > 0)
            return fail(ErrorCode::Refused,
                        tr("room '%1' has %n booking(s) and cannot be removed", nullptr, used).arg(r->name));
        if (rooms <= 1)
            return fail(ErrorCode::Refused, tr("room '%1' is the only room and cannot be removed").arg(r->name));
        if (auto q = runQuery(conn, QStringLiteral("DELETE FROM rooms WHERE id = ?"), {r->id}); !q)
            return std::unexpected(q.error());
        return AuditLog::record(conn, m_actor, QStringLiteral("remove"), QStringLiteral("room"), r->id, r->name);
    });
}

Result<BookingOutcome> BookingRepository::add(const BookingRequest &request, const QDateTime &now)
{
    return addAll({request}, now);
}

Result<BookingOutcome> BookingRepository::check(const BookingRequest &request, const QDateTime &now)
{
    // The same checks as a real write, rolled back: one function decides what is bookable.
    return addOnce({request}, now, false);
}

Result<BookingOutcome> BookingRepository::addAll(const std::vector<BookingRequest> &requests, const QDateTime &now)
{
    for (int attempt = 1;; ++attempt) {
        auto done = addOnce(requests, now, true);
        if (done || !lostRace(done.error()))
            return done;
        qCInfo(lcBooking) << "lost a booking race to another station, checking again; attempt" << attempt;
        if (attempt == kRaceRetries)
            return fail(ErrorCode::Conflict, tr("conflicts with another approved booking made at the same moment"),
                        done.error().detail);
    }
}

Result<BookingOutcome> BookingRepository::addOnce(const std::vector<BookingRequest> &requests, const QDateTime &now,
                                                  bool commit)
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto tx = Transaction::begin(*conn, m_db->engine());
    if (!tx)
        return std::unexpected(tx.error());
    BookingWriter writer(*conn, m_db->engine(), m_actor);
    BookingOutcome all;
    for (const BookingRequest &r : requests) {
        if (!r.uid.isEmpty()) {
            // The UID itself, or an occurrence of a series imported under it ("UID/20270112").
            const QString prefix = r.uid + QLatin1Char('/');
            auto seen = runQuery(*conn, QStringLiteral("SELECT COUNT(*) FROM bookings WHERE uid = ? OR SUBSTR(uid, 1, ?) = ?"),
                                 {r.uid, int(prefix.size()), prefix});
            if (!seen)
                return std::unexpected(seen.error());
            if (seen->next() && seen->value(0).toInt() > 0) {
                all.warnings << tr("'%1' is already in the store: skipped").arg(r.title);
                continue;
            }
        }
        auto one = writer.insert(r, now);
        if (!one) {
            if (requests.size() == 1)
                return std::unexpected(one.error());
            return std::unexpected(Error::make(one.error().code, tr("'%1': %2").arg(r.title, one.error().message),
                                               one.error().detail));
        }
        all.ids.insert(all.ids.end(), one->ids.begin(), one->ids.end());
        all.warnings << one->warnings;
        if (all.seriesId == 0)
            all.seriesId = one->seriesId;
    }
    if (!commit) {
        tx->rollback();
        return all;
    }
    if (auto c = tx->commit(); !c)
        return std::unexpected(c.error());
    return all;
}

Result<std::vector<Booking>> BookingRepository::list(const BookingQuery &query) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    QStringList where;
    QVariantList values;
    if (!query.room.trimmed().isEmpty()) {
        where << QStringLiteral("LOWER(r.name) = LOWER(?)");
        values << query.room.trimmed();
    }
    if (query.from.isValid()) {
        where << QStringLiteral("b.end_ms > ?");
        values << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        where << QStringLiteral("b.start_ms < ?");
        values << query.to.toMSecsSinceEpoch();
    }
    if (query.status) {
        where << QStringLiteral("b.status = ?");
        values << bookingStatusKey(*query.status);
    }
    const QString sql = kSelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY b.start_ms, b.id");
    auto q = runQuery(*conn, sql, values);
    if (!q)
        return std::unexpected(q.error());
    std::vector<Booking> out;
    while (q->next())
        out.push_back(readBooking(*q));
    return out;
}

Result<Booking> BookingRepository::get(qint64 id) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, kSelect + QStringLiteral("WHERE b.id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("no booking %1").arg(id));
    return readBooking(*q);
}

Status BookingRepository::approve(qint64 id, const QString &reason, BookingScope scope)
{
    return changeStatus(id, BookingStatus::Approved, reason, scope);
}

Status BookingRepository::reject(qint64 id, const QString &reason, BookingScope scope)
{
    return changeStatus(id, BookingStatus::Rejected, reason, scope);
}

Status BookingRepository::cancel(qint64 id, const QString &reason, BookingScope scope)
{
    return changeStatus(id, BookingStatus::Cancelled, reason, scope);
}

Status BookingRepository::changeStatus(qint64 id, BookingStatus to, const QString &reason, BookingScope scope)
{
    for (int attempt = 1;; ++attempt) {
        auto done = changeStatusOnce(id, to, reason, scope);
        if (done || !lostRace(done.error()))
            return done;
        if (attempt == kRaceRetries)
            return fail(ErrorCode::Conflict, tr("conflicts with another approved booking made at the same moment"),
                        done.error().detail);
    }
}

Status BookingRepository::changeStatusOnce(qint64 id, BookingStatus to, const QString &reason, BookingScope scope)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &conn) -> Status {
        auto current = get(id);
        if (!current)
            return std::unexpected(current.error());
        const auto allows = [to](BookingStatus from) {
            return from == BookingStatus::Requested || (from == BookingStatus::Approved && to == BookingStatus::Cancelled);
        };
        std::vector<Booking> targets{*current};
        if (scope == BookingScope::Series && current->seriesId > 0) {
            auto q = runQuery(conn, kSelect + QStringLiteral("WHERE b.series_id = ? ORDER BY b.start_ms"), {current->seriesId});
            if (!q)
                return std::unexpected(q.error());
            targets.clear();
            while (q->next()) {
                Booking b = readBooking(*q);
                if (allows(b.status))
                    targets.push_back(std::move(b));
            }
            if (targets.empty())
                return fail(ErrorCode::Refused, tr("no occurrence of the series of booking %1 can become %2")
                                                    .arg(id)
                                                    .arg(bookingStatusText(to)));
        } else if (!allows(current->status)) {
            return fail(ErrorCode::Refused, tr("booking %1 is %2 and cannot become %3")
                                                .arg(id)
                                                .arg(bookingStatusText(current->status), bookingStatusText(to)));
        }
        BookingWriter writer(conn, m_db->engine(), m_actor);
        if (to == BookingStatus::Approved) {
            // Every occurrence is checked first; the refusal lists each conflict by date.
            QStringList problems;
            for (const Booking &b : targets) {
                auto other = writer.conflict(b.roomId, b.start, b.end, b.id);
                if (!other)
                    return std::unexpected(other.error());
                if (*other)
                    problems << (targets.size() > 1 ? toWib(b.start).toString(QStringLiteral("dd/MM/yyyy: ")) : QString())
                            + **other;
            }
            if (!problems.isEmpty())
                return fail(ErrorCode::Conflict,
                            tr("booking %1 cannot be approved: %2").arg(id).arg(problems.join(QStringLiteral("; "))));
        }
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        for (const Booking &b : targets) {
            if (auto q = runQuery(conn,
                                  QStringLiteral("UPDATE bookings SET status = ?, status_by = ?, status_reason = ?, "
                                                 "status_ms = ?, updated_ms = ? WHERE id = ?"),
                                  {bookingStatusKey(to), m_actor.user, reason.trimmed(), nowMs, nowMs, b.id});
                !q)
                return std::unexpected(q.error());
            if (auto a = AuditLog::record(conn, m_actor, bookingStatusKey(to), QStringLiteral("booking"), b.id,
                                          BookingTexts::describe(b.title, b.start, b.end)
                                              + (reason.isEmpty() ? QString() : QString(QStringLiteral(": ") + reason)));
                !a)
                return a;
        }
        return {};
    });
}

} // namespace pontive::core
