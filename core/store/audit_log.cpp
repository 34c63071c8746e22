#include "audit_log.h"

#include "sql.h"

#include <QTimeZone>

namespace pontive::core {

Status AuditLog::record(const QSqlDatabase &db, const Actor &actor, const QString &action,
                        const QString &entity, qint64 entityId, const QString &detail)
{
    auto q = runQuery(db,
                      QStringLiteral("INSERT INTO audit_log (at_ms, station, actor, action, entity, entity_id, detail) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {QDateTime::currentMSecsSinceEpoch(), actor.station, actor.user, action, entity,
                       entityId, detail});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::vector<AuditEntry>> AuditLog::recent(const QSqlDatabase &db, int limit)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT id, at_ms, station, actor, action, entity, entity_id, detail "
                                     "FROM audit_log ORDER BY id DESC LIMIT ?"),
                      {limit});
    if (!q)
        return std::unexpected(q.error());
    std::vector<AuditEntry> out;
    while (q->next()) {
        out.push_back(AuditEntry{q->value(0).toLongLong(),
                                 QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC),
                                 q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                                 q->value(5).toString(), q->value(6).toLongLong(), q->value(7).toString()});
    }
    return out;
}

} // namespace pontive::core
