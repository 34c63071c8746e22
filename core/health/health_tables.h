#pragma once

#include "health_records.h"
#include "health_report.h"
#include "util/text_table.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace pontive::core {

// The health data as tables for the terminal, CSV and JSON: times in WIB, durations in
// whole minutes, percentages with two decimals (empty when unknown), never a URL or a credential.
class HealthTables
{
    Q_DECLARE_TR_FUNCTIONS(HealthTables)
public:
    static TextTable current(const std::vector<CameraHealth> &rows);
    static TextTable uptime(const std::vector<UptimeRow> &rows, bool cameraColumns);
    static TextTable causes(const std::vector<CauseRow> &rows);
    static TextTable months(const std::vector<MonthRow> &rows);
    static TextTable incidents(const std::vector<HealthIncident> &rows, const QDateTime &now);
    static QString percent(std::optional<double> value);
};

} // namespace pontive::core
