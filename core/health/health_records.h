#pragma once

#include "domain/camera.h"
#include "health_debouncer.h"
#include "probe_result.h"

#include <QDateTime>
#include <QString>

namespace pontive::core {

// One offline period of one camera: what the probe saw and what the office found.
struct HealthIncident {
    qint64 id = 0;
    qint64 cameraId = 0;
    QString camera;
    QString location;
    QString agency;
    MediaType media = MediaType::Fiber;
    QDateTime start;          // UTC
    QDateTime end;            // UTC; invalid while still offline
    ProbeSymptom symptom = ProbeSymptom::None;
    OfflineCause cause = OfflineCause::Unknown;
    OfflineCause suggestedCause = OfflineCause::Unknown;
    QString detail;
    QString confirmedBy;      // empty until an operator confirms the cause
    QDateTime confirmedAt;
    QString operatorNote;
    QString technicianRemark;
    QDateTime fixedAt;
};

// A camera's current health for lists and the health view.
struct CameraHealth {
    Camera camera;            // without URLs and credentials
    ProbeSymptom symptom = ProbeSymptom::None;   // of the open incident, else the last failure
    bool causeConfirmed = false;
    int failures = 0;
    QString lastError;
    QDateTime lastProbe;
    QDateTime lastOk;
};

// What the monitor needs per camera: where to probe and the stored streak.
struct MonitoredCamera {
    ProbeTarget target;
    DebounceState state;
};

} // namespace pontive::core
