#include "report_painter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace pontive::core {

void ReportPainter::setUpPage(QPdfWriter &pdf, const QString &title, const QMarginsF &margins, int dotsPerInch)
{
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, margins, QPageLayout::Millimeter));
    pdf.setResolution(dotsPerInch);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Pontive Wall"));
}

void ReportPainter::setFont(QPainter &p, double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    p.setFont(f);
}

double ReportPainter::lineHeight(const QPainter &p)
{
    return QFontMetricsF(p.font(), p.device()).height();
}

void ReportPainter::paintRow(QPainter &p, const QRectF &row, const QStringList &cells, const std::vector<double> &widths,
                             const QList<int> &rightAligned, Row kind)
{
    p.save();
    if (kind == Row::Header)
        p.fillRect(row, QColor(0xe3, 0xec, 0xf7));
    else if (kind == Row::Shaded)
        p.fillRect(row, QColor(0xf5, 0xf5, 0xf5));
    QFont f = p.font();
    f.setBold(kind == Row::Header);
    p.setFont(f);
    p.setPen(Qt::black);
    const QFontMetricsF fm(f, p.device());
    double x = row.left();
    for (int c = 0; c < cells.size() && c < int(widths.size()); ++c) {
        const double w = widths[std::size_t(c)] * row.width();
        const QRectF cell(x + 3, row.top(), w - 6, row.height());
        const Qt::Alignment a = rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft;
        p.drawText(cell, int(a | Qt::AlignVCenter), fm.elidedText(cells[c], Qt::ElideRight, cell.width()));
        x += w;
    }
    p.restore();
}

void ReportPainter::paintFooter(QPainter &p, const QRectF &page, const QString &left, const QString &right)
{
    p.save();
    setFont(p, 8);
    p.setPen(QColor(0x61, 0x61, 0x61));
    const double l = lineHeight(p);
    const double rule = page.bottom() - 1.6 * l;
    p.drawLine(QPointF(page.left(), rule), QPointF(page.right(), rule));
    const QRectF text(page.left(), page.bottom() - 1.4 * l, page.width(), l * 1.2);
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, left);
    p.drawText(text, Qt::AlignRight | Qt::AlignVCenter, right);
    p.restore();
}

} // namespace pontive::core
