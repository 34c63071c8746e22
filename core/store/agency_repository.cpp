#include "agency_repository.h"

#include "audit_log.h"
#include "database.h"
#include "sql.h"
#include "write_transaction.h"

#include <QCoreApplication>

namespace pontive::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pontive::core::AgencyRepository", text);
}
} // namespace

AgencyRepository::AgencyRepository(std::shared_ptr<Database> db, Actor actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{
}

Result<std::vector<Agency>> AgencyRepository::list() const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT id, code, name, name_en FROM agencies ORDER BY code"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<Agency> out;
    while (q->next())
        out.push_back(Agency{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString()});
    return out;
}

Result<Agency> AgencyRepository::findByCode(const QString &code) const
{
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    for (const Agency &a : *all) {
        if (a.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return a;
    }
    return fail(ErrorCode::NotFound, tr("unknown agency '%1'").arg(code));
}

Result<qint64> AgencyRepository::add(const Agency &agency)
{
    if (agency.code.trimmed().isEmpty() || agency.name.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("an agency needs a code and a name"));
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Result<qint64> {
        auto q = runQuery(db, QStringLiteral("INSERT INTO agencies (code, name, name_en) VALUES (?, ?, ?) RETURNING id"),
                          {agency.code.trimmed(), agency.name.trimmed(), agency.nameEn.trimmed()});
        if (!q) {
            if (q.error().code == ErrorCode::Conflict)
                return fail(ErrorCode::Conflict, tr("agency '%1' already exists").arg(agency.code));
            return std::unexpected(q.error());
        }
        const qint64 realId = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();  // an unfinished INSERT ... RETURNING blocks COMMIT on SQLite
        if (auto a = AuditLog::record(db, m_actor, QStringLiteral("add"), QStringLiteral("agency"), realId,
                                      agency.code + QStringLiteral(": ") + agency.name);
            !a)
            return std::unexpected(a.error());
        return realId;
    });
}

Status AgencyRepository::rename(const QString &code, const QString &name, const QString &nameEn)
{
    auto agency = findByCode(code);
    if (!agency)
        return std::unexpected(agency.error());
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        auto q = runQuery(db, QStringLiteral("UPDATE agencies SET name = ?, name_en = ? WHERE id = ?"),
                          {name.trimmed(), nameEn.trimmed(), agency->id});
        if (!q)
            return std::unexpected(q.error());
        return AuditLog::record(db, m_actor, QStringLiteral("edit"), QStringLiteral("agency"), agency->id,
                                agency->code + QStringLiteral(": ") + agency->name + QStringLiteral(" -> ") + name);
    });
}

Status AgencyRepository::remove(const QString &code)
{
    auto agency = findByCode(code);
    if (!agency)
        return std::unexpected(agency.error());
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        auto q = runQuery(db, QStringLiteral("DELETE FROM agencies WHERE id = ?"), {agency->id});
        if (!q) {
            if (q.error().code == ErrorCode::Conflict)
                return fail(ErrorCode::Refused, tr("agency '%1' still owns points or cameras").arg(agency->code));
            return std::unexpected(q.error());
        }
        return AuditLog::record(db, m_actor, QStringLiteral("remove"), QStringLiteral("agency"), agency->id,
                                agency->code);
    });
}

} // namespace pontive::core
