#pragma once

#include "summary_report.h"

#include <QCoreApplication>
#include <QString>

namespace pontive::core {

// Prints the report as text, CSV or JSON (shared by pontivectl and the app's export).
class SummaryReportFormatter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReportFormatter)
public:
    static QString toText(const SummaryReport &report);
    static QString toCsv(const SummaryReport &report);
    static QString toJson(const SummaryReport &report);
};

} // namespace pontive::core
