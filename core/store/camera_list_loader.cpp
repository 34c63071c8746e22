#include "camera_list_loader.h"

#include "camera_repository.h"
#include "database.h"

namespace pontive::core {

CameraListLoader::CameraListLoader(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)),
      m_watcher(resultEmitter(this, &CameraListLoader::loaded, &CameraListLoader::failed))
{
}

void CameraListLoader::load(const CameraFilter &filter)
{
    m_watcher.run([db = m_db, filter] {
        auto cameras = CameraRepository(db, Actor::current()).list(filter);
        // A pool thread keeps no connection between loads: none is left for the
        // Database to close from another thread when it goes.
        db->releaseThreadConnection();
        return cameras;
    });
}

} // namespace pontive::core
