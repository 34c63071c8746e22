#pragma once

#include "domain/camera.h"
#include "health_records.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace pontive::core {

// The share of a monitored period spent outside offline incidents; nullopt when nothing
// was monitored (a new store, a station just started): unknown, never 100 %.
inline std::optional<double> uptimePercentOf(qint64 periodMs, qint64 offlineMs)
{
    if (periodMs <= 0)
        return std::nullopt;
    return 100.0 * double(periodMs - offlineMs) / double(periodMs);
}

struct UptimeRow {
    QString name;            // camera, location, agency code or media key
    QString location;        // camera rows only
    QString agency;          // camera rows only
    QString media;           // camera rows only (key)
    int cameras = 0;
    qint64 periodMs = 0;     // summed over the cameras
    qint64 offlineMs = 0;
    int incidents = 0;
    qint64 cameraId = 0;     // camera rows only
    std::optional<double> uptimePercent() const { return uptimePercentOf(periodMs, offlineMs); }
};

struct CauseRow {
    OfflineCause cause = OfflineCause::Unknown;
    int incidents = 0;
    int open = 0;
    qint64 offlineMs = 0;     // inside the period
    qint64 repairedMs = 0;    // summed whole durations of the closed ones
    int repaired = 0;
    qint64 meanTimeToRepairMs() const { return repaired > 0 ? repairedMs / repaired : 0; }
};

struct MonthRow {
    QString month;            // "2026-11", a WIB calendar month
    qint64 periodMs = 0;
    qint64 offlineMs = 0;
    int incidents = 0;        // started in the month
    std::optional<double> uptimePercent() const { return uptimePercentOf(periodMs, offlineMs); }
};

// A stretch of time (UTC milliseconds, [start, end)) when a station was monitoring.
struct MonitoredSpan {
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// Uptime over [from, to): the time a camera spent outside offline incidents (an incident
// still open counts until `now`). Months are WIB calendar months, cut to the period.
struct HealthReport {
    QDateTime from;
    QDateTime to;
    UptimeRow total;
    std::vector<UptimeRow> byCamera;
    std::vector<UptimeRow> byLocation;
    std::vector<UptimeRow> byAgency;
    std::vector<UptimeRow> byMedia;
    std::vector<CauseRow> byCause;
    std::vector<MonthRow> byMonth;
    std::vector<HealthIncident> incidents;
    // Time of the period no station was monitoring (unknown): left out of every uptime.
    qint64 unmonitoredMs = 0;

    // `monitored`: when stations were running; nullopt when the store has never recorded
    // it (older stores): then the whole period counts as monitored.
    static HealthReport compute(const std::vector<Camera> &cameras, const std::vector<HealthIncident> &incidents,
                                const QDateTime &from, const QDateTime &to, const QDateTime &now,
                                const std::optional<std::vector<MonitoredSpan>> &monitored = std::nullopt);
    // Milliseconds of [start, end or now) inside [from, to).
    static qint64 overlapMs(const HealthIncident &incident, const QDateTime &from, const QDateTime &to,
                            const QDateTime &now);
};

} // namespace pontive::core
