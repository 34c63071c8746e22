#include "health_report_formatter.h"

#include "health_tables.h"
#include "util/wib_time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>
#include <vector>

namespace pontive::core {

namespace {

struct Section {
    const char *key;
    QString title;
    TextTable table;
};

std::vector<Section> allSections(const HealthReport &r, const QDateTime &now)
{
    std::vector<Section> list;
    list.push_back({"total", HealthReportFormatter::tr("All cameras"), HealthTables::uptime({r.total}, false)});
    list.push_back({"by_agency", HealthReportFormatter::tr("Uptime by agency"), HealthTables::uptime(r.byAgency, false)});
    list.push_back({"by_media", HealthReportFormatter::tr("Uptime by network media"), HealthTables::uptime(r.byMedia, false)});
    list.push_back({"by_location", HealthReportFormatter::tr("Uptime by location"), HealthTables::uptime(r.byLocation, false)});
    list.push_back({"by_camera", HealthReportFormatter::tr("Uptime by camera"), HealthTables::uptime(r.byCamera, true)});
    list.push_back({"by_cause", HealthReportFormatter::tr("Offline incidents by cause"), HealthTables::causes(r.byCause)});
    list.push_back({"by_month", HealthReportFormatter::tr("Monthly trend"), HealthTables::months(r.byMonth)});
    list.push_back({"incidents", HealthReportFormatter::tr("Offline incidents"), HealthTables::incidents(r.incidents, now)});
    return list;
}

std::vector<Section> sections(const HealthReport &r, const QDateTime &now, HealthReportPart part)
{
    std::vector<Section> list = allSections(r, now);
    if (part == HealthReportPart::All)
        return list;
    std::erase_if(list, [part](const Section &s) {
        const bool incidentPart = qstrcmp(s.key, "by_cause") == 0 || qstrcmp(s.key, "incidents") == 0;
        return incidentPart != (part == HealthReportPart::Incidents);
    });
    return list;
}

QString period(const HealthReport &r)
{
    return HealthReportFormatter::tr("Camera health %1 to %2 (WIB)").arg(formatWib(r.from), formatWib(r.to));
}

} // namespace

QString HealthReportFormatter::toText(const HealthReport &report, const QDateTime &now, HealthReportPart part)
{
    QString text = period(report) + QStringLiteral("\n");
    if (report.unmonitoredMs > 0)
        text += tr("Unmonitored (no station running): %1 min, left out of uptime").arg(report.unmonitoredMs / 60000)
            + QStringLiteral("\n");
    for (const Section &s : sections(report, now, part))
        text += QStringLiteral("\n") + s.title + QStringLiteral("\n") + s.table.toText();
    return text;
}

QString HealthReportFormatter::toCsv(const HealthReport &report, const QDateTime &now, HealthReportPart part)
{
    QString text;
    for (const Section &s : sections(report, now, part)) {
        if (!text.isEmpty())
            text += QStringLiteral("\r\n");
        text += QStringLiteral("# ") + QString::fromLatin1(s.key) + QStringLiteral("\r\n") + s.table.toCsv();
    }
    return text;
}

QString HealthReportFormatter::toJson(const HealthReport &report, const QDateTime &now, HealthReportPart part)
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), isoWib(report.from));
    o.insert(QStringLiteral("to"), isoWib(report.to));
    o.insert(QStringLiteral("unmonitored_minutes"), report.unmonitoredMs / 60000);
    for (const Section &s : sections(report, now, part))
        o.insert(QString::fromLatin1(s.key), QJsonDocument::fromJson(s.table.toJson().toUtf8()).array());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace pontive::core
