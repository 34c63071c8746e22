#pragma once

#include "domain/camera.h"
#include "error.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace pontive::core {

// Inserts new cameras with statements prepared once: a bulk import writes thousands of
// rows, and preparing each statement per row cost most of the time. Use it inside a
// transaction on the connection it was made for, and drop it before that connection.
class CameraInserter
{
public:
    explicit CameraInserter(const QSqlDatabase &db);

    Result<qint64> insert(const Camera &camera, qint64 locationId, qint64 agencyId);

private:
    Status prepare();

    QSqlDatabase m_db;
    QSqlQuery m_camera;
    QSqlQuery m_tag;
    bool m_prepared = false;
};

} // namespace pontive::core
