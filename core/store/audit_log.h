#pragma once

#include "actor.h"
#include "error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace pontive::core {

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString station;
    QString actor;
    QString action;   // "add", "edit", "remove", "import", ...
    QString entity;   // "camera", "location", "agency"
    qint64 entityId = 0;
    QString detail;   // what changed, never a secret
};

// Who changed what and when. Rows are written inside the transaction of the change they
// describe, so a change and its audit row land together or not at all.
class AuditLog
{
public:
    static Status record(const QSqlDatabase &db, const Actor &actor, const QString &action,
                         const QString &entity, qint64 entityId, const QString &detail);
    static Result<std::vector<AuditEntry>> recent(const QSqlDatabase &db, int limit);
};

} // namespace pontive::core
