#pragma once

#include "actor.h"
#include "camera_filter.h"
#include "domain/camera.h"
#include "error.h"

#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace pontive::core {

class Database;

class CameraRepository
{
public:
    CameraRepository(std::shared_ptr<Database> db, Actor actor);

    Result<std::vector<Camera>> list(const CameraFilter &filter = {}) const;
    Result<Camera> get(qint64 id) const;
    // By id, by name when the name is unique, or by "location/name".
    Result<Camera> find(const QString &reference) const;
    Result<int> count() const;

    // The camera's location is taken from locationId, else looked up by name.
    Result<qint64> add(const Camera &camera);
    Status update(const Camera &camera);
    Status remove(qint64 id);
    Status setStatus(qint64 id, CameraStatus status, OfflineCause cause, const QDateTime &since);

    // For callers that already hold a transaction on this thread's connection.
    static Result<qint64> insert(const QSqlDatabase &db, const Camera &camera, qint64 locationId,
                                 qint64 agencyId, const Actor &actor, bool audit = true);

private:
    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
