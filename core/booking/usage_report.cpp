#include "usage_report.h"

#include "util/wib_time.h"

#include <QMap>

namespace pontive::core {

namespace {

std::vector<UsageRow> rowsOf(const QMap<QString, UsageRow> &map)
{
    std::vector<UsageRow> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.push_back(it.value());
    return out;
}

void count(QMap<QString, UsageRow> &map, const QString &key, double hours)
{
    UsageRow &row = map[key];
    row.key = key;
    row.meetings += 1;
    row.hours += hours;
}

QString hoursText(double hours)
{
    return QString::number(hours, 'f', 1);
}

} // namespace

UsageReport UsageReport::build(const std::vector<Booking> &bookings)
{
    QMap<QString, UsageRow> months;
    QMap<QString, UsageRow> years;
    QMap<QString, UsageRow> agencies;
    UsageReport report;
    for (const Booking &b : bookings) {
        if (b.status != BookingStatus::Approved)
            continue;
        const double hours = double(b.start.secsTo(b.end)) / 3600.0;
        const QDate day = toWib(b.start).date();
        count(months, day.toString(QStringLiteral("yyyy-MM")), hours);
        count(years, QString::number(day.year()), hours);
        count(agencies, b.agency, hours);
        report.m_meetings += 1;
        report.m_hours += hours;
    }
    report.m_byMonth = rowsOf(months);
    report.m_byYear = rowsOf(years);
    report.m_byAgency = rowsOf(agencies);
    return report;
}

TextTable UsageReport::toTable() const
{
    TextTable t({QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("meetings"), QStringLiteral("hours")},
                {tr("By"), tr("Period / agency"), tr("Meetings"), tr("Hours")});
    for (const auto &[section, rows] : {std::pair{tr("month"), &m_byMonth}, std::pair{tr("year"), &m_byYear},
                                        std::pair{tr("agency"), &m_byAgency}}) {
        for (const UsageRow &r : *rows)
            t.addRow({section, r.key, QString::number(r.meetings), hoursText(r.hours)});
    }
    t.addRow({tr("total"), QString(), QString::number(m_meetings), hoursText(m_hours)});
    return t;
}

} // namespace pontive::core
