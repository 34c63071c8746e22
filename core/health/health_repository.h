#pragma once

#include "error.h"
#include "health_records.h"
#include "health_report.h"
#include "store/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <chrono>
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
    // The same on the camera's open (else latest) incident; fixedAt may be invalid (not yet).
    Status recordCameraRepair(qint64 cameraId, const QString &remark, const QDateTime &fixedAt);

    Result<std::vector<CameraHealth>> current(std::optional<CameraStatus> status = std::nullopt) const;
    // Incidents overlapping [from, to).
    Result<std::vector<HealthIncident>> incidents(const QDateTime &from, const QDateTime &to) const;
    Result<int> blipCount(qint64 cameraId) const;
    // A station monitored [start, end): extends the latest span when it ended at most
    // `maxGap` before `start` (rounds and cron runs join up), else starts a new one.
    Status recordMonitored(const QDateTime &start, const QDateTime &end, std::chrono::milliseconds maxGap);
    // Spans overlapping [from, to); nullopt when the store has never recorded one.
    Result<std::optional<std::vector<MonitoredSpan>>> monitored(const QDateTime &from, const QDateTime &to) const;

private:
    Result<std::pair<qint64, bool>> latestIncident(const QSqlDatabase &conn, qint64 cameraId) const;

    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
