#include "camera_list_loader.h"

#include "camera_repository.h"
#include "database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pontive::core {

CameraListLoader::CameraListLoader(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto result = m_watcher.result();
        if (result)
            emit loaded(*result);
        else
            emit failed(result.error());
    });
}

CameraListLoader::~CameraListLoader()
{
    m_watcher.waitForFinished();
}

void CameraListLoader::load(const CameraFilter &filter)
{
    auto db = m_db;
    m_watcher.setFuture(QtConcurrent::run([db, filter]() -> Result<std::vector<Camera>> {
        return CameraRepository(db, Actor::current()).list(filter);
    }));
}

} // namespace pontive::core
