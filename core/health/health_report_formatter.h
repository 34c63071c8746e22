#pragma once

#include "health_report.h"

#include <QCoreApplication>
#include <QString>

namespace pontive::core {

// The whole health report as text (titled sections), CSV (sections separated by a blank
// line, each with its own header) or one JSON object of arrays.
class HealthReportFormatter
{
    Q_DECLARE_TR_FUNCTIONS(HealthReportFormatter)
public:
    static QString toText(const HealthReport &report, const QDateTime &now);
    static QString toCsv(const HealthReport &report, const QDateTime &now);
    static QString toJson(const HealthReport &report, const QDateTime &now);
};

} // namespace pontive::core
