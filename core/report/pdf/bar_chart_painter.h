#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace pontive::core {

// A plain bar chart drawn with QPainter, for PDFs made without QtWidgets (pontivectl and
// the app alike): a title, horizontal bars with their labels and values, a scale; or
// columns with their values above and labels below.
class BarChartPainter
{
public:
    struct Bar {
        QString label;
        double value = 0.0;
        QString valueText;   // shown at the bar's end
        QColor color;        // invalid: the chart's colour
    };

    BarChartPainter(QString title, std::vector<Bar> bars);
    // Upper end of the scale; 0 = the largest value.
    void setMaximum(double maximum) { m_maximum = maximum; }
    void setColor(const QColor &color) { m_color = color; }
    // The height the chart needs at `width` for its bars.
    double heightFor(double lineHeight) const;
    void paint(QPainter &p, const QRectF &area) const;
    // Columns filling `area` on a base line, each value above its column and its label below
    // (the title, when there is one, above them all).
    void paintColumns(QPainter &p, const QRectF &area) const;

private:
    QString m_title;
    std::vector<Bar> m_bars;
    double m_maximum = 0.0;
    QColor m_color = QColor(0x2f, 0x7d, 0xc4);
};

} // namespace pontive::core
