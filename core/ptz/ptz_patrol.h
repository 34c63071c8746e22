#pragma once

#include <QList>
#include <QString>

#include <chrono>

namespace pontive::core {

// The shortest dwell at a preset: the camera must get there and the operator must see it.
inline constexpr std::chrono::seconds kMinPatrolDwell{3};

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
