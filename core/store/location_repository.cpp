#include "location_repository.h"

#include "audit_log.h"
#include "database.h"
#include "sql.h"
#include "write_transaction.h"

#include <QCoreApplication>

namespace pontive::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pontive::core::LocationRepository", text);
}

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> readDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

const QString kSelect = QStringLiteral(
    "SELECT l.id, l.name, l.district, l.latitude, l.longitude, a.code, l.tags "
    "FROM locations l JOIN agencies a ON a.id = l.agency_id ");

Location readLocation(const QSqlQuery &q)
{
    Location l;
    l.id = q.value(0).toLongLong();
    l.name = q.value(1).toString();
    l.district = q.value(2).toString();
    l.latitude = readDouble(q.value(3));
    l.longitude = readDouble(q.value(4));
    l.agency = q.value(5).toString();
    const QString tags = q.value(6).toString();
    l.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char(','));
    return l;
}

Result<qint64> agencyId(const QSqlDatabase &db, const QString &code)
{
    auto q = runQuery(db, QStringLiteral("SELECT id FROM agencies WHERE lower(code) = lower(?)"), {code.trimmed()});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("pontive::core::LocationRepository", "unknown agency '%1'").arg(code));
    return q->value(0).toLongLong();
}

} // namespace

LocationRepository::LocationRepository(std::shared_ptr<Database> db, Actor actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{
}

Result<std::vector<Location>> LocationRepository::list() const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, kSelect + QStringLiteral("ORDER BY l.district, l.name"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<Location> out;
    while (q->next())
        out.push_back(readLocation(*q));
    return out;
}

Result<Location> LocationRepository::findByName(const QString &name) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, kSelect + QStringLiteral("WHERE lower(l.name) = lower(?)"), {name.trimmed()});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("unknown location '%1'").arg(name));
    return readLocation(*q);
}

Result<qint64> LocationRepository::insert(const QSqlDatabase &db, const Location &location, const Actor &actor)
{
    if (location.name.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("a location needs a name"));
    auto agency = agencyId(db, location.agency);
    if (!agency)
        return std::unexpected(agency.error());
    auto q = runQuery(db,
                      QStringLiteral("INSERT INTO locations (name, district, latitude, longitude, agency_id, tags) "
                                     "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                      {location.name.trimmed(), location.district.trimmed(), optionalDouble(location.latitude),
                       optionalDouble(location.longitude), *agency, location.tags.join(QLatin1Char(','))});
    if (!q) {
        if (q.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict, tr("location '%1' already exists").arg(location.name));
        return std::unexpected(q.error());
    }
    if (!q->next())
        return fail(ErrorCode::Internal, tr("the new location has no id"));
    const qint64 newId = q->value(0).toLongLong();
    q->finish();  // an unfinished INSERT ... RETURNING blocks COMMIT on SQLite
    if (auto a = AuditLog::record(db, actor, QStringLiteral("add"), QStringLiteral("location"), newId, location.name); !a)
        return std::unexpected(a.error());
    return newId;
}

Result<qint64> LocationRepository::add(const Location &location)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) { return insert(db, location, m_actor); });
}

Status LocationRepository::update(const Location &location)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        auto agency = agencyId(db, location.agency);
        if (!agency)
            return std::unexpected(agency.error());
        auto q = runQuery(db,
                          QStringLiteral("UPDATE locations SET name = ?, district = ?, latitude = ?, longitude = ?, "
                                         "agency_id = ?, tags = ? WHERE id = ?"),
                          {location.name.trimmed(), location.district.trimmed(), optionalDouble(location.latitude),
                           optionalDouble(location.longitude), *agency, location.tags.join(QLatin1Char(',')),
                           location.id});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return fail(ErrorCode::NotFound, tr("no location with id %1").arg(location.id));
        return AuditLog::record(db, m_actor, QStringLiteral("edit"), QStringLiteral("location"), location.id,
                                location.name);
    });
}

Status LocationRepository::remove(qint64 id)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        auto q = runQuery(db, QStringLiteral("DELETE FROM locations WHERE id = ?"), {id});
        if (!q) {
            if (q.error().code == ErrorCode::Conflict)
                return fail(ErrorCode::Refused, tr("cameras still stand at this location"));
            return std::unexpected(q.error());
        }
        if (q->numRowsAffected() == 0)
            return fail(ErrorCode::NotFound, tr("no location with id %1").arg(id));
        return AuditLog::record(db, m_actor, QStringLiteral("remove"), QStringLiteral("location"), id, {});
    });
}

} // namespace pontive::core
