#include "inventory_writer.h"

#include "store/audit_log.h"
#include "store/camera_inserter.h"
#include "store/database.h"
#include "store/location_repository.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace pontive::core {

namespace {

Result<QHash<QString, qint64>> lookupTable(const QSqlDatabase &db, const QString &sql)
{
    auto q = runQuery(db, sql);
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, qint64> out;
    while (q->next())
        out.insert(q->value(1).toString().toLower(), q->value(0).toLongLong());
    return out;
}

} // namespace

Result<InventoryWriteSummary> InventoryWriter::write(Database &db, const std::vector<InventoryItem> &items,
                                                     const Actor &actor, const QString &auditNote)
{
    return inWriteTransaction(db, [&](const QSqlDatabase &conn) -> Result<InventoryWriteSummary> {
        auto agencies = lookupTable(conn, QStringLiteral("SELECT id, code FROM agencies"));
        if (!agencies)
            return std::unexpected(agencies.error());
        auto locations = lookupTable(conn, QStringLiteral("SELECT id, name FROM locations"));
        if (!locations)
            return std::unexpected(locations.error());

        InventoryWriteSummary summary;
        CameraInserter inserter(conn);
        auto where = [](const InventoryItem &item, const Error &e) {
            Error out = e;
            if (item.line > 0)
                out.message = QCoreApplication::translate("pontive::core::InventoryWriter", "line %1: %2")
                                  .arg(item.line)
                                  .arg(e.message);
            return std::unexpected(out);
        };
        for (const InventoryItem &item : items) {
            const QString locationKey = item.location.name.trimmed().toLower();
            qint64 locationId = locations->value(locationKey);
            if (locationId == 0) {
                auto id = LocationRepository::insert(conn, item.location, actor);
                if (!id)
                    return where(item, id.error());
                locationId = *id;
                locations->insert(locationKey, locationId);
                ++summary.locationsAdded;
            }
            const qint64 agencyId = agencies->value(item.camera.agency.toLower());
            if (agencyId == 0)
                return where(item, Error::make(ErrorCode::NotFound,
                                               QCoreApplication::translate("pontive::core::InventoryWriter",
                                                                           "unknown agency '%1'")
                                                   .arg(item.camera.agency)));
            auto id = inserter.insert(item.camera, locationId, agencyId);
            if (!id)
                return where(item, id.error());
            ++summary.camerasAdded;
        }
        if (auto a = AuditLog::record(conn, actor, QStringLiteral("import"), QStringLiteral("camera"), 0,
                                      auditNote + QStringLiteral(": %1 cameras, %2 new locations")
                                                      .arg(summary.camerasAdded)
                                                      .arg(summary.locationsAdded));
            !a)
            return std::unexpected(a.error());
        return summary;
    });
}

} // namespace pontive::core
