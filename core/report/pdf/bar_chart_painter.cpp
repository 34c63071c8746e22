#include "bar_chart_painter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace pontive::core {

BarChartPainter::BarChartPainter(QString title, std::vector<Bar> bars) : m_title(std::move(title)), m_bars(std::move(bars))
{
}

double BarChartPainter::heightFor(double lineHeight) const
{
    return lineHeight * (1.6 + 1.3 * double(std::max<std::size_t>(1, m_bars.size())) + 0.6);
}

void BarChartPainter::paint(QPainter &p, const QRectF &area) const
{
    p.save();
    const QFontMetricsF fm(p.font(), p.device());
    const double line = fm.height();
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), area.top(), area.width(), line * 1.4), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    bold.setBold(false);
    p.setFont(bold);
    double labelWidth = 0;
    double valueWidth = 0;
    double maximum = m_maximum;
    for (const Bar &b : m_bars) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(b.valueText));
        maximum = std::max(maximum, b.value);
    }
    labelWidth = std::min(labelWidth + line * 0.5, area.width() * 0.35);
    const double barLeft = area.left() + labelWidth;
    const double barSpan = std::max(10.0, area.width() - labelWidth - valueWidth - line);
    double y = area.top() + line * 1.6;
    // Scale: a light frame line at 0 and at the maximum.
    p.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0.8));
    const double chartBottom = y + line * 1.3 * double(m_bars.size());
    p.drawLine(QPointF(barLeft, y - line * 0.2), QPointF(barLeft, chartBottom));
    p.drawLine(QPointF(barLeft + barSpan, y - line * 0.2), QPointF(barLeft + barSpan, chartBottom));
    for (const Bar &b : m_bars) {
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y, labelWidth - line * 0.3, line * 1.1), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideRight, labelWidth - line * 0.3));
        const double w = maximum > 0 ? barSpan * std::clamp(b.value / maximum, 0.0, 1.0) : 0.0;
        p.fillRect(QRectF(barLeft, y + line * 0.1, w, line * 0.9), b.color.isValid() ? b.color : m_color);
        p.drawText(QRectF(barLeft + w + line * 0.3, y, valueWidth + line, line * 1.1), Qt::AlignLeft | Qt::AlignVCenter,
                   b.valueText);
        y += line * 1.3;
    }
    p.restore();
}

void BarChartPainter::paintColumns(QPainter &p, const QRectF &area) const
{
    p.save();
    const QFontMetricsF fm(p.font(), p.device());
    const double labelHeight = fm.height() * 1.3;
    double top = area.top();
    if (!m_title.isEmpty()) {
        QFont bold = p.font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), top, area.width(), fm.height() * 1.4), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        bold.setBold(false);
        p.setFont(bold);
        top += fm.height() * 1.6;
    }
    const QRectF plot(area.left(), top + labelHeight, area.width(), area.bottom() - top - 2 * labelHeight);
    p.setPen(QColor(160, 170, 180));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    double maximum = m_maximum;
    double labelWidth = 0;
    for (const Bar &b : m_bars) {
        maximum = std::max(maximum, b.value);
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
    }
    const double slot = m_bars.empty() ? plot.width() : plot.width() / double(m_bars.size());
    const double barWidth = std::min(slot * 0.7, labelWidth * 1.2);
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars[i];
        const double h = maximum > 0 ? plot.height() * std::clamp(b.value / maximum, 0.0, 1.0) : 0.0;
        const double cx = plot.left() + slot * (double(i) + 0.5);
        const QRectF bar(cx - barWidth / 2, plot.bottom() - h, barWidth, h);
        p.fillRect(bar, b.color.isValid() ? b.color : m_color);
        p.setPen(Qt::black);
        p.drawText(QRectF(cx - slot / 2, bar.top() - labelHeight, slot, labelHeight), Qt::AlignCenter, b.valueText);
        p.drawText(QRectF(cx - slot / 2, plot.bottom(), slot, labelHeight), Qt::AlignCenter, b.label);
    }
    p.restore();
}

} // namespace pontive::core
