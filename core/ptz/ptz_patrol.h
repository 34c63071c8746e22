#pragma once

#include <QList>
#include <QString>

#include <chrono>

namespace pontive::core {

struct PtzPatrolStep {
    QString presetToken;
    std::chrono::milliseconds dwell{10000};
    bool operator==(const PtzPatrolStep &) const = default;
};

// A named round of presets with a dwell at each, for one camera.
struct PtzPatrol {
    qint64 id = 0;
    qint64 cameraId = 0;
    QString name;
    QList<PtzPatrolStep> steps;
};

} // namespace pontive::core
