#pragma once

#include "camera_filter.h"
#include "domain/camera.h"
#include "error.h"
#include "util/latest_result_watcher.h"

#include <QObject>

#include <memory>
#include <vector>

namespace pontive::core {

class Database;

// Reads the inventory on a worker thread and reports by signal, so the GUI thread never
// waits on SQL. A newer request supersedes an older one still running.
class CameraListLoader : public QObject
{
    Q_OBJECT
public:
    explicit CameraListLoader(std::shared_ptr<Database> db, QObject *parent = nullptr);

    void load(const CameraFilter &filter = {});

signals:
    void loaded(const std::vector<pontive::core::Camera> &cameras);
    void failed(const pontive::Error &error);

private:
    std::shared_ptr<Database> m_db;
    LatestResultWatcher<Result<std::vector<Camera>>> m_watcher;
};

} // namespace pontive::core
