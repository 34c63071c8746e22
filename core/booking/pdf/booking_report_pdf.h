#pragma once

#include "booking/usage_report.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>

class QPainter;

namespace pontive::core {

// The room's usage report as a PDF page (A4, Indonesian layout: WIB dates dd/MM/yyyy,
// numbers 1.234,5): a heading, bars of meetings per month, and tables per month, year and
// agency. Painted with QPainter only (QtGui, no widgets), so `pontivectl` and the console
// print the same page. Drawn with the painter the office's reports share (ReportPainter).
class BookingReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(BookingReportPdf)
public:
    struct Heading {
        QString room;        // "Pontive Center"
        QDateTime from;      // UTC; invalid: from the first booking
        QDateTime to;        // UTC, exclusive; invalid: to the last booking
        QDateTime printed;   // UTC
    };

    // Needs a QGuiApplication (fonts). Written through a QSaveFile: all or nothing.
    static Status write(const QString &path, const UsageReport &report, const Heading &heading);
    // The page onto any paint device, inside `page` (device units).
    static void paint(QPainter &painter, const QRectF &page, const UsageReport &report, const Heading &heading);
    // The bars alone: meetings per row key, the value written above each bar.
    static void paintBars(QPainter &painter, const QRectF &area, const std::vector<UsageRow> &rows);
};

} // namespace pontive::core
