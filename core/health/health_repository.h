#pragma once

#include "error.h"
#include "health_records.h"
#include "store/actor.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace pontive::core {

class Database;

// The health aggregate in the store: incidents, blips and probe state. Every transition
// updates cameras.status/offline_cause/status_since in the same transaction. Call from
// a worker thread in the app (one connection per thread).
class HealthRepository
{
    Q_DECLARE_TR_FUNCTIONS(HealthRepository)
public:
    HealthRepository(std::shared_ptr<Database> db, Actor actor);

    // Enabled cameras with a stream URL, with their stored streak.
    Result<std::vector<MonitoredCamera>> monitored() const;
    // One probe's outcome: the streak, and the transition if the debouncer made one.
    Status recordProbe(qint64 cameraId, const ProbeResult &result, const DebounceState &state,
                       const std::optional<HealthEvent> &event, const QDateTime &at);
    // The operator's finding on the camera's open (else latest) incident; audited.
    Status confirmCause(qint64 cameraId, OfflineCause cause, const QString &note);
    // The technician's remark and when the camera was fixed; audited.
    Status recordRepair(qint64 incidentId, const QString &remark, const QDateTime &fixedAt);

    Result<std::vector<CameraHealth>> current(std::optional<CameraStatus> status = std::nullopt) const;
    // Incidents overlapping [from, to).
    Result<std::vector<HealthIncident>> incidents(const QDateTime &from, const QDateTime &to) const;
    Result<int> blipCount(qint64 cameraId) const;

private:
    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
