#include "health_report.h"

#include "util/wib_time.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace pontive::core {

namespace {

// Groups rows by a key, keeping the first-seen order sorted by name afterwards.
void addTo(std::map<QString, UptimeRow> &groups, const QString &key, const UptimeRow &camera)
{
    UptimeRow &g = groups[key];
    g.name = key;
    g.cameras += 1;
    g.periodMs += camera.periodMs;
    g.offlineMs += camera.offlineMs;
    g.incidents += camera.incidents;
}

std::vector<UptimeRow> values(const std::map<QString, UptimeRow> &groups)
{
    std::vector<UptimeRow> rows;
    for (const auto &[key, row] : groups)
        rows.push_back(row);
    return rows;
}

QDateTime wibMonthStart(const QDateTime &utc)
{
    const QDateTime wib = toWib(utc);
    return QDateTime(QDate(wib.date().year(), wib.date().month(), 1), QTime(0, 0), wib.timeZone()).toUTC();
}

// Sorted, merged spans; nullopt stays "everything monitored".
std::optional<std::vector<MonitoredSpan>> merged(const std::optional<std::vector<MonitoredSpan>> &spans)
{
    if (!spans)
        return std::nullopt;
    std::vector<MonitoredSpan> sorted = *spans;
    std::sort(sorted.begin(), sorted.end(), [](const MonitoredSpan &a, const MonitoredSpan &b) { return a.startMs < b.startMs; });
    std::vector<MonitoredSpan> out;
    for (const MonitoredSpan &s : sorted) {
        if (!out.empty() && s.startMs <= out.back().endMs)
            out.back().endMs = std::max(out.back().endMs, s.endMs);
        else
            out.push_back(s);
    }
    return out;
}

// How much of [a, b) was monitored.
qint64 coveredMs(qint64 a, qint64 b, const std::optional<std::vector<MonitoredSpan>> &spans)
{
    if (b <= a)
        return 0;
    if (!spans)
        return b - a;
    qint64 sum = 0;
    for (const MonitoredSpan &s : *spans)
        sum += std::max<qint64>(0, std::min(b, s.endMs) - std::max(a, s.startMs));
    return sum;
}

// The monitored part of an incident inside [from, to).
qint64 offlineCovered(const HealthIncident &i, qint64 from, qint64 to, qint64 now,
                      const std::optional<std::vector<MonitoredSpan>> &spans)
{
    const qint64 a = std::max(i.start.toMSecsSinceEpoch(), from);
    const qint64 b = std::min(i.end.isValid() ? i.end.toMSecsSinceEpoch() : now, to);
    return coveredMs(a, b, spans);
}

} // namespace

qint64 HealthReport::overlapMs(const HealthIncident &incident, const QDateTime &from, const QDateTime &to,
                               const QDateTime &now)
{
    const qint64 start = std::max(incident.start.toMSecsSinceEpoch(), from.toMSecsSinceEpoch());
    const qint64 end = std::min(incident.end.isValid() ? incident.end.toMSecsSinceEpoch() : now.toMSecsSinceEpoch(),
                                to.toMSecsSinceEpoch());
    return std::max<qint64>(0, end - start);
}

HealthReport HealthReport::compute(const std::vector<Camera> &cameras, const std::vector<HealthIncident> &incidents,
                                   const QDateTime &from, const QDateTime &to, const QDateTime &now,
                                   const std::optional<std::vector<MonitoredSpan>> &monitored)
{
    const auto spans = merged(monitored);
    HealthReport r;
    r.from = from;
    r.to = to;
    r.incidents = incidents;
    // Time after `now` is not known yet: the period stops there.
    const QDateTime end = std::min(to, std::max(from, now));
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 endMs = end.toMSecsSinceEpoch();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Only the monitored time counts; the rest is unknown, neither up nor down.
    const qint64 periodMs = coveredMs(fromMs, endMs, spans);
    r.unmonitoredMs = std::max<qint64>(0, endMs - fromMs) - periodMs;

    QHash<qint64, std::vector<const HealthIncident *>> perCamera;
    for (const HealthIncident &i : incidents)
        perCamera[i.cameraId].push_back(&i);

    std::map<QString, UptimeRow> locations, agencies, media;
    r.total.name = QStringLiteral("total");
    for (const Camera &c : cameras) {
        UptimeRow row{c.name, c.location, c.agency, toKey(c.media), 1, periodMs, 0, 0, c.id};
        for (const HealthIncident *i : perCamera.value(c.id)) {
            row.offlineMs += offlineCovered(*i, fromMs, endMs, nowMs, spans);
            row.incidents += 1;
        }
        r.byCamera.push_back(row);
        addTo(locations, c.location, row);
        addTo(agencies, c.agency, row);
        addTo(media, toKey(c.media), row);
        r.total.cameras += 1;
        r.total.periodMs += row.periodMs;
        r.total.offlineMs += row.offlineMs;
        r.total.incidents += row.incidents;
    }
    r.byLocation = values(locations);
    r.byAgency = values(agencies);
    r.byMedia = values(media);

    for (OfflineCause cause : {OfflineCause::Camera, OfflineCause::Power, OfflineCause::Media, OfflineCause::Unknown}) {
        CauseRow row;
        row.cause = cause;
        for (const HealthIncident &i : incidents) {
            if (i.cause != cause)
                continue;
            row.incidents += 1;
            row.offlineMs += offlineCovered(i, fromMs, endMs, nowMs, spans);
            if (i.end.isValid()) {
                row.repaired += 1;
                row.repairedMs += i.start.msecsTo(i.end);
            } else {
                row.open += 1;
            }
        }
        r.byCause.push_back(row);
    }

    for (QDateTime month = wibMonthStart(from); month < end; month = toWib(month).addMonths(1).toUTC()) {
        const QDateTime a = std::max(month, from);
        const QDateTime b = std::min(toWib(month).addMonths(1).toUTC(), end);
        MonthRow row;
        row.month = toWib(month).toString(QStringLiteral("yyyy-MM"));
        row.periodMs = qint64(cameras.size()) * coveredMs(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch(), spans);
        for (const HealthIncident &i : incidents) {
            row.offlineMs += offlineCovered(i, a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch(), nowMs, spans);
            if (i.start >= a && i.start < b)
                row.incidents += 1;
        }
        r.byMonth.push_back(row);
    }
    return r;
}

} // namespace pontive::core
