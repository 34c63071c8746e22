#pragma once

#include "health_report.h"

#include <QCoreApplication>
#include <QString>

namespace pontive::core {

// Which sections a report prints: all, the uptime ones (totals, by agency, media,
// location and camera, the monthly trend) or the incident ones (by cause, the list).
enum class HealthReportPart : int { All, Uptime, Incidents };

// The whole health report as text (titled sections), CSV (sections separated by a blank
// line, each with its own header) or one JSON object of arrays.
class HealthReportFormatter
{
    Q_DECLARE_TR_FUNCTIONS(HealthReportFormatter)
public:
    static QString toText(const HealthReport &report, const QDateTime &now,
                          HealthReportPart part = HealthReportPart::All);
    static QString toCsv(const HealthReport &report, const QDateTime &now,
                         HealthReportPart part = HealthReportPart::All);
    static QString toJson(const HealthReport &report, const QDateTime &now,
                          HealthReportPart part = HealthReportPart::All);
};

} // namespace pontive::core
