#include "health_tables.h"

#include "util/wib_time.h"

namespace pontive::core {

namespace {

QString minutes(qint64 ms)
{
    return QString::number((ms + 30'000) / 60'000);
}

QStringList keys(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromLatin1(w);
    return list;
}

} // namespace

QString HealthTables::percent(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 2) : QString();  // unknown: an empty cell
}

TextTable HealthTables::current(const std::vector<CameraHealth> &rows)
{
    TextTable t(keys({"id", "camera", "location", "agency", "status", "since", "symptom", "cause", "confirmed", "last_error"}),
                {tr("ID"), tr("Camera"), tr("Location"), tr("Agency"), tr("Status"), tr("Since (WIB)"), tr("Symptom"),
                 tr("Cause"), tr("Confirmed"), tr("Last error")});
    for (const CameraHealth &h : rows) {
        const bool offline = h.camera.status == CameraStatus::Offline;
        t.addRow({QString::number(h.camera.id), h.camera.name, h.camera.location, h.camera.agency, toKey(h.camera.status),
                  formatWib(h.camera.statusSince), h.symptom == ProbeSymptom::None ? QString() : toKey(h.symptom),
                  offline ? toKey(h.camera.cause) : QString(),
                  offline ? (h.causeConfirmed ? tr("yes") : tr("no")) : QString(), h.lastError});
    }
    return t;
}

TextTable HealthTables::uptime(const std::vector<UptimeRow> &rows, bool cameraColumns)
{
    QStringList k = keys({"name"});
    QStringList h{tr("Name")};
    if (cameraColumns) {
        k << keys({"location", "agency", "media"});
        h << tr("Location") << tr("Agency") << tr("Media");
    } else {
        k << QStringLiteral("cameras");
        h << tr("Cameras");
    }
    k << keys({"uptime_percent", "offline_minutes", "incidents"});
    h << tr("Uptime %") << tr("Offline (min)") << tr("Incidents");
    TextTable t(k, h);
    for (const UptimeRow &r : rows) {
        QStringList cells{r.name};
        if (cameraColumns)
            cells << r.location << r.agency << r.media;
        else
            cells << QString::number(r.cameras);
        cells << percent(r.uptimePercent()) << minutes(r.offlineMs) << QString::number(r.incidents);
        t.addRow(cells);
    }
    return t;
}

TextTable HealthTables::causes(const std::vector<CauseRow> &rows)
{
    TextTable t(keys({"cause", "incidents", "open", "offline_minutes", "mean_time_to_repair_minutes"}),
                {tr("Cause"), tr("Incidents"), tr("Still open"), tr("Offline (min)"), tr("Mean time to repair (min)")});
    for (const CauseRow &r : rows)
        t.addRow({toKey(r.cause), QString::number(r.incidents), QString::number(r.open), minutes(r.offlineMs),
                  minutes(r.meanTimeToRepairMs())});
    return t;
}

TextTable HealthTables::months(const std::vector<MonthRow> &rows)
{
    TextTable t(keys({"month", "uptime_percent", "offline_minutes", "incidents"}),
                {tr("Month"), tr("Uptime %"), tr("Offline (min)"), tr("Incidents")});
    for (const MonthRow &r : rows)
        t.addRow({r.month, percent(r.uptimePercent()), minutes(r.offlineMs), QString::number(r.incidents)});
    return t;
}

TextTable HealthTables::incidents(const std::vector<HealthIncident> &rows, const QDateTime &now)
{
    TextTable t(keys({"id", "camera", "location", "agency", "start", "end", "duration_minutes", "symptom", "cause",
                      "confirmed_by", "note", "technician_remark", "fixed"}),
                {tr("ID"), tr("Camera"), tr("Location"), tr("Agency"), tr("Start (WIB)"), tr("End (WIB)"),
                 tr("Duration (min)"), tr("Symptom"), tr("Cause"), tr("Confirmed by"), tr("Note"), tr("Technician"),
                 tr("Fixed (WIB)")});
    for (const HealthIncident &i : rows)
        t.addRow({QString::number(i.id), i.camera, i.location, i.agency, formatWib(i.start), formatWib(i.end),
                  minutes(i.start.msecsTo(i.end.isValid() ? i.end : now)), toKey(i.symptom), toKey(i.cause),
                  i.confirmedBy, i.operatorNote, i.technicianRemark, formatWib(i.fixedAt)});
    return t;
}

} // namespace pontive::core
