#include "booking_writer.h"

#include "booking_logging.h"
#include "booking_texts.h"
#include "recurrence.h"
#include "store/audit_log.h"
#include "store/sql.h"
#include "util/wib_time.h"

#include <QTimeZone>
#include <QUuid>

namespace pontive::core {

namespace {

QString wibDate(const QDateTime &utc)
{
    return toWib(utc).toString(QStringLiteral("dd/MM/yyyy"));
}

QString hhmm(int minutes)
{
    return QStringLiteral("%1.%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

BookingWriter::BookingWriter(QSqlDatabase db, Engine engine, Actor actor)
    : m_db(std::move(db)), m_engine(engine), m_actor(std::move(actor))
{
}

Result<Room> BookingWriter::room(const QString &name) const
{
    const QString sql = name.trimmed().isEmpty()
        ? QStringLiteral("SELECT id, name, open_minute, close_minute, capacity FROM rooms ORDER BY id LIMIT 1")
        : QStringLiteral("SELECT id, name, open_minute, close_minute, capacity FROM rooms WHERE LOWER(name) = LOWER(?)");
    auto q = name.trimmed().isEmpty() ? runQuery(m_db, sql) : runQuery(m_db, sql, {name.trimmed()});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("unknown room '%1'").arg(name));
    return Room{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toInt(),
                q->value(4).toInt()};
}

Result<qint64> BookingWriter::agencyId(const QString &code) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM agencies WHERE LOWER(code) = LOWER(?)"), {code.trimmed()});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("unknown agency '%1'").arg(code));
    return q->value(0).toLongLong();
}

Result<std::optional<QString>> BookingWriter::conflict(qint64 roomId, const QDateTime &start, const QDateTime &end,
                                                      qint64 exceptId) const
{
    // PostgreSQL: stations booking the same room queue on its row here, so each one's check
    // sees the bookings committed before it. Without the queue two overlapping inserts wait
    // on each other inside the exclusion constraint, a deadlock PostgreSQL breaks only after
    // deadlock_timeout (1 s) per pair. NO KEY UPDATE leaves other rooms' inserts unblocked.
    // SQLite needs nothing: BEGIN IMMEDIATE already holds the whole store.
    if (m_engine == Engine::Postgres) {
        if (auto lock = runQuery(m_db, QStringLiteral("SELECT id FROM rooms WHERE id = ? FOR NO KEY UPDATE"), {roomId});
            !lock)
            return std::unexpected(lock.error());
    }
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT title, start_ms, end_ms FROM bookings WHERE room_id = ? AND status = 'approved' "
                                     "AND start_ms < ? AND end_ms > ? AND id <> ? ORDER BY start_ms LIMIT 1"),
                      {roomId, end.toMSecsSinceEpoch(), start.toMSecsSinceEpoch(), exceptId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(
        BookingTexts::conflictWith(q->value(0).toString(), QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC),
                                   QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC)));
}

bool BookingWriter::withinOpeningHours(const Room &room, const QDateTime &start, const QDateTime &end)
{
    const QDateTime s = toWib(start);
    const QDateTime midnight(s.date(), QTime(0, 0), s.timeZone());
    const qint64 startMinute = midnight.secsTo(s) / 60;
    const qint64 endMinute = midnight.secsTo(toWib(end)) / 60;
    return startMinute >= room.openMinute && endMinute <= room.closeMinute;
}

Result<BookingOutcome> BookingWriter::insert(const BookingRequest &request, const QDateTime &now)
{
    if (request.title.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("a booking needs a title"));
    if (request.organiser.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("a booking needs an organiser"));
    if (!request.start.isValid() || !request.end.isValid())
        return fail(ErrorCode::BadInput, tr("a booking needs a start and an end"));
    if (request.end < request.start)
        return fail(ErrorCode::BadInput, tr("the end (%1) is before the start (%2)")
                                             .arg(formatWib(request.end), formatWib(request.start)));
    if (request.end == request.start)
        return fail(ErrorCode::BadInput, tr("the booking has zero length"));
    if (request.attendees < 0)
        return fail(ErrorCode::BadInput, tr("the number of attendees cannot be negative"));
    auto room = this->room(request.room);
    if (!room)
        return std::unexpected(room.error());
    if (room->capacity > 0 && request.attendees > room->capacity)
        return fail(ErrorCode::BadInput, tr("%1 attendees do not fit in %2 (capacity %3)")
                                             .arg(request.attendees).arg(room->name).arg(room->capacity));
    auto agency = agencyId(request.agency);
    if (!agency)
        return std::unexpected(agency.error());

    std::vector<QDateTime> starts{request.start};
    if (!request.rrule.trimmed().isEmpty()) {
        auto expanded = Recurrence::expand(request.rrule, request.start, request.exceptions);
        if (!expanded)
            return std::unexpected(expanded.error());
        starts = std::move(*expanded);
    }
    const qint64 lengthMs = request.start.msecsTo(request.end);
    const bool recurring = starts.size() > 1 || !request.rrule.trimmed().isEmpty();

    // Every occurrence is checked before anything is written; problems are reported by date.
    QStringList problems;
    bool conflicts = false;
    for (const QDateTime &s : starts) {
        const QDateTime e = s.addMSecs(lengthMs);
        const QString prefix = recurring ? wibDate(s) + QStringLiteral(": ") : QString();
        if (!withinOpeningHours(*room, s, e))
            problems << prefix + tr("outside the opening hours of %1 (%2-%3)")
                                     .arg(room->name, hhmm(room->openMinute), hhmm(room->closeMinute));
        auto other = conflict(room->id, s, e);
        if (!other)
            return std::unexpected(other.error());
        if (*other) {
            conflicts = true;
            problems << prefix + **other;
        }
    }
    if (!problems.isEmpty()) {
        QString message = problems.join(QStringLiteral("; "));
        if (recurring)
            message.prepend(tr("%n occurrence(s) cannot be booked: ", nullptr, int(problems.size())));
        return fail(conflicts ? ErrorCode::Conflict : ErrorCode::BadInput, message);
    }

    BookingOutcome outcome;
    if (request.start < now)
        outcome.warnings << tr("the booking starts in the past (%1)").arg(formatWib(request.start));
    if (recurring) {
        auto series = insertSeries(request.rrule, request.exceptions);
        if (!series)
            return std::unexpected(series.error());
        outcome.seriesId = *series;
    }
    const QString baseUid = request.uid.isEmpty()
        ? QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@pontive-wall")
        : request.uid;
    for (const QDateTime &s : starts) {
        const QString uid = recurring ? baseUid + QLatin1Char('/') + toWib(s).toString(QStringLiteral("yyyyMMdd")) : baseUid;
        auto id = insertOne(request, room->id, *agency, outcome.seriesId, s, s.addMSecs(lengthMs), uid);
        if (!id)
            return std::unexpected(id.error());
        outcome.ids.push_back(*id);
    }
    return outcome;
}

Result<qint64> BookingWriter::insertSeries(const QString &rule, const QList<QDate> &exceptions)
{
    QStringList dates;
    for (const QDate &d : exceptions)
        dates << d.toString(Qt::ISODate);
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO booking_series (rrule, exceptions, created_ms) VALUES (?, ?, ?) RETURNING id"),
                      {rule.trimmed(), dates.join(QLatin1Char(',')), QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> BookingWriter::insertOne(const BookingRequest &r, qint64 roomId, qint64 agencyId, qint64 seriesId,
                                        const QDateTime &start, const QDateTime &end, const QString &uid)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const bool approved = r.approve;
    auto q = runQuery(
        m_db,
        QStringLiteral("INSERT INTO bookings (uid, room_id, title, organiser, agency_id, contact, start_ms, end_ms, "
                       "attendees, purpose, needs_wall, needs_projector, needs_sound, status, status_by, status_ms, "
                       "layout, series_id, created_by, created_ms, updated_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {uid, roomId, r.title.trimmed(), r.organiser.trimmed(), agencyId, r.contact.trimmed(),
         start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(), r.attendees, r.purpose.trimmed(),
         int(r.equipment.wall), int(r.equipment.projector), int(r.equipment.sound),
         bookingStatusKey(approved ? BookingStatus::Approved : BookingStatus::Requested),
         approved ? m_actor.user : QString(), approved ? QVariant(nowMs) : QVariant(QMetaType(QMetaType::LongLong)),
         r.layout.trimmed(), seriesId > 0 ? QVariant(seriesId) : QVariant(QMetaType(QMetaType::LongLong)),
         m_actor.user, nowMs, nowMs});
    if (!q)
        return std::unexpected(q.error());
    const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
    if (auto a = AuditLog::record(m_db, m_actor, approved ? QStringLiteral("add-approved") : QStringLiteral("add"),
                                  QStringLiteral("booking"), id,
                                  BookingTexts::describe(r.title.trimmed(), start, end) + QStringLiteral(" / ") + r.agency);
        !a)
        return std::unexpected(a.error());
    qCDebug(lcBooking) << "booked" << id << r.title << start;
    return id;
}

} // namespace pontive::core
