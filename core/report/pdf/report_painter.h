#pragma once

#include <QList>
#include <QMarginsF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QPdfWriter;

namespace pontive::core {

// The look the office's PDF reports share (the health report, the room's usage report),
// drawn with QPainter only (QtGui, no widgets): the A4 page, the font, table rows, the
// footer line with the page number. Bar charts: BarChartPainter.
class ReportPainter
{
public:
    enum class Row { Header, Plain, Shaded };

    // A4 portrait with `margins` (mm) at `dotsPerInch`; the title and creator of the file.
    static void setUpPage(QPdfWriter &pdf, const QString &title, const QMarginsF &margins, int dotsPerInch);
    static void setFont(QPainter &p, double points, bool bold = false);
    // The height of a line of the painter's font on its device.
    static double lineHeight(const QPainter &p);
    // One table row in `row`: cells in columns of `widths` (fractions of the row's width),
    // those in `rightAligned` to the right, text too long elided; a header is bold on a
    // tint, a shaded row on light grey.
    static void paintRow(QPainter &p, const QRectF &row, const QStringList &cells, const std::vector<double> &widths,
                         const QList<int> &rightAligned, Row kind);
    // The page's footer in its last 1.6 lines: a rule, `left` and `right` (the page number).
    static void paintFooter(QPainter &p, const QRectF &page, const QString &left, const QString &right);
};

} // namespace pontive::core
