#include "summary_report_formatter.h"

#include "util/text_table.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pontive::core {

namespace {

const QStringList &keys()
{
    static const QStringList k{
        QStringLiteral("section"), QStringLiteral("name"), QStringLiteral("points"), QStringLiteral("cameras"),
        QStringLiteral("online"), QStringLiteral("offline"), QStringLiteral("unknown"),
        QStringLiteral("offline_camera"), QStringLiteral("offline_power"), QStringLiteral("offline_media"),
        QStringLiteral("offline_unknown"), QStringLiteral("ptz"), QStringLiteral("fixed"), QStringLiteral("fiber"),
        QStringLiteral("wireless")};
    return k;
}

QStringList cells(const QString &section, const SummaryCounts &s)
{
    QStringList out{section, s.name};
    for (int v : {s.points, s.cameras, s.online, s.offline, s.unknown, s.offlineCamera, s.offlinePower,
                  s.offlineMedia, s.offlineUnknown, s.ptz, s.fixed, s.fiber, s.wireless})
        out << QString::number(v);
    return out;
}

TextTable breakdown(const QString &firstHeader, const std::vector<SummaryCounts> &rows)
{
    TextTable table(keys().mid(1, 4) << keys().mid(11),
                    {firstHeader, SummaryReportFormatter::tr("Points"), SummaryReportFormatter::tr("Cameras"),
                     SummaryReportFormatter::tr("Online"), SummaryReportFormatter::tr("Offline"),
                     SummaryReportFormatter::tr("PTZ"), SummaryReportFormatter::tr("Fixed"),
                     SummaryReportFormatter::tr("Fiber"), SummaryReportFormatter::tr("Wireless")});
    for (const SummaryCounts &s : rows) {
        table.addRow({s.name, QString::number(s.points), QString::number(s.cameras), QString::number(s.online),
                      QString::number(s.offline), QString::number(s.ptz), QString::number(s.fixed),
                      QString::number(s.fiber), QString::number(s.wireless)});
    }
    return table;
}

} // namespace

QString SummaryReportFormatter::toText(const SummaryReport &r)
{
    const SummaryCounts &t = r.total;
    TextTable totals({QStringLiteral("figure"), QStringLiteral("value")}, {tr("Figure"), tr("Value")});
    auto add = [&totals](const QString &label, int v) { totals.addRow({label, QString::number(v)}); };
    add(tr("Cameras installed"), t.cameras);
    add(tr("Online"), t.online);
    add(tr("Offline"), t.offline);
    add(tr("  offline: camera broken"), t.offlineCamera);
    add(tr("  offline: power"), t.offlinePower);
    add(tr("  offline: network media"), t.offlineMedia);
    if (t.offlineUnknown > 0)
        add(tr("  offline: cause unknown"), t.offlineUnknown);
    if (t.unknown > 0)
        add(tr("Status unknown"), t.unknown);
    add(tr("Fiber optic"), t.fiber);
    add(tr("Wireless"), t.wireless);
    add(tr("PTZ"), t.ptz);
    add(tr("Fixed"), t.fixed);
    add(tr("Camera points"), t.points);
    for (const SummaryCounts &a : r.byAgency) {
        if (a.points > 0)
            add(tr("Points owned by %1").arg(a.name), a.points);
    }
    return totals.toText() + QLatin1Char('\n') + tr("Per agency (camera owner)") + QLatin1Char('\n')
        + breakdown(tr("Agency"), r.byAgency).toText() + QLatin1Char('\n') + tr("Per district") + QLatin1Char('\n')
        + breakdown(tr("District"), r.byDistrict).toText();
}

QString SummaryReportFormatter::toCsv(const SummaryReport &r)
{
    TextTable table(keys(), keys());
    table.addRow(cells(QStringLiteral("total"), r.total));
    for (const SummaryCounts &a : r.byAgency)
        table.addRow(cells(QStringLiteral("agency"), a));
    for (const SummaryCounts &d : r.byDistrict)
        table.addRow(cells(QStringLiteral("district"), d));
    return table.toCsv();
}

QString SummaryReportFormatter::toJson(const SummaryReport &r)
{
    auto object = [](const SummaryCounts &s) {
        QJsonObject o;
        const QStringList values = cells(QString(), s);
        for (qsizetype i = 1; i < keys().size(); ++i)
            o.insert(keys()[i], i == 1 ? QJsonValue(values[i]) : QJsonValue(values[i].toInt()));
        return o;
    };
    QJsonObject root;
    root.insert(QStringLiteral("total"), object(r.total));
    QJsonArray agencies;
    for (const SummaryCounts &a : r.byAgency)
        agencies.append(object(a));
    QJsonArray districts;
    for (const SummaryCounts &d : r.byDistrict)
        districts.append(object(d));
    root.insert(QStringLiteral("by_agency"), agencies);
    root.insert(QStringLiteral("by_district"), districts);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace pontive::core
