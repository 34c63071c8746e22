#pragma once

#include "error.h"
#include "health/health_report.h"
#include "report/summary_report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <optional>

class QPagedPaintDevice;

namespace pontive::core {

// The office's health report as a PDF in the Indonesian layout: the city's letterhead,
// A4 portrait, WIB dates day-month-year, numbers as id_ID writes them (1.234,5), the bar
// charts drawn in, page numbers, the place and date to sign. QtGui only (QPdfWriter,
// QPainter): pontivectl and the app's report window make the same file.
class HealthReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(HealthReportPdf)
public:
    struct Content {
        std::optional<SummaryReport> summary;   // the office's table, when loaded
        HealthReport health;
        QDateTime now;                          // UTC: open incidents run until then; "printed at"
        QLocale locale = QLocale(QLocale::Indonesian, QLocale::Indonesia);   // numbers and month names
    };

    static Status write(const Content &content, const QString &path);
    // Paints onto any paged device (a PDF writer, a printer); returns the page count.
    static int paint(const Content &content, QPagedPaintDevice &device);
};

} // namespace pontive::core
