#include "booking_report_pdf.h"

#include "util/wib_time.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace pontive::core {

namespace {

const QLocale &indonesian()
{
    static const QLocale locale(QLocale::Indonesian, QLocale::Indonesia);
    return locale;
}

QString hoursText(double hours)
{
    return indonesian().toString(hours, 'f', 1);
}

QString wibDay(const QDateTime &utc)
{
    return toWib(utc).toString(QStringLiteral("dd/MM/yyyy"));
}

// "2027-01" -> "01/2027"; other keys unchanged.
QString monthLabel(const QString &key)
{
    return key.size() == 7 && key.at(4) == QLatin1Char('-') ? key.mid(5) + QLatin1Char('/') + key.left(4) : key;
}

void setFont(QPainter &p, double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    p.setFont(f);
}

// A small table: heading row, then rows; returns the y below it.
double paintTable(QPainter &p, double x, double y, double width, const QStringList &head,
                  const std::vector<QStringList> &rows)
{
    const double line = QFontMetricsF(p.font(), p.device()).height() * 1.35;
    const QList<double> share{0.46, 0.27, 0.27};
    auto cells = [&](const QStringList &texts, double top, bool bold) {
        QFont f = p.font();
        f.setBold(bold);
        p.setFont(f);
        double left = x;
        for (int i = 0; i < texts.size() && i < share.size(); ++i) {
            const double w = width * share[i];
            p.drawText(QRectF(left + 4, top, w - 8, line), (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                       texts[i]);
            left += w;
        }
    };
    p.fillRect(QRectF(x, y, width, line), QColor(225, 232, 240));
    cells(head, y, true);
    y += line;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i % 2 == 1)
            p.fillRect(QRectF(x, y, width, line), QColor(245, 247, 250));
        cells(rows[i], y, false);
        y += line;
    }
    p.setPen(QColor(160, 170, 180));
    p.drawLine(QPointF(x, y), QPointF(x + width, y));
    p.setPen(Qt::black);
    return y;
}

std::vector<QStringList> rowsOf(const std::vector<UsageRow> &rows, bool months)
{
    std::vector<QStringList> out;
    for (const UsageRow &r : rows)
        out.push_back({months ? monthLabel(r.key) : r.key, indonesian().toString(r.meetings), hoursText(r.hours)});
    return out;
}

} // namespace

void BookingReportPdf::paintBars(QPainter &p, const QRectF &area, const std::vector<UsageRow> &rows)
{
    p.save();
    const QFontMetricsF fm(p.font(), p.device());
    const double labelHeight = fm.height() * 1.3;
    const QRectF plot(area.left(), area.top() + labelHeight, area.width(), area.height() - 2 * labelHeight);
    p.setPen(QColor(160, 170, 180));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    int most = 1;
    for (const UsageRow &r : rows)
        most = std::max(most, r.meetings);
    const double slot = rows.empty() ? plot.width() : plot.width() / double(rows.size());
    const double barWidth = std::min(slot * 0.7, fm.horizontalAdvance(QStringLiteral("00/0000")) * 1.2);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const UsageRow &r = rows[i];
        const double h = plot.height() * double(r.meetings) / double(most);
        const double cx = plot.left() + slot * (double(i) + 0.5);
        const QRectF bar(cx - barWidth / 2, plot.bottom() - h, barWidth, h);
        p.fillRect(bar, QColor(46, 117, 182));
        p.setPen(Qt::black);
        p.drawText(QRectF(cx - slot / 2, bar.top() - labelHeight, slot, labelHeight), Qt::AlignCenter,
                   indonesian().toString(r.meetings));
        p.drawText(QRectF(cx - slot / 2, plot.bottom(), slot, labelHeight), Qt::AlignCenter, monthLabel(r.key));
    }
    p.restore();
}

void BookingReportPdf::paint(QPainter &p, const QRectF &page, const UsageReport &report, const Heading &heading)
{
    p.save();
    double y = page.top();
    setFont(p, 16, true);
    const double titleHeight = QFontMetricsF(p.font(), p.device()).height();
    p.drawText(QRectF(page.left(), y, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Meeting room usage report"));
    y += titleHeight * 1.2;
    setFont(p, 10);
    const double line = QFontMetricsF(p.font(), p.device()).height() * 1.3;
    const QString period = heading.from.isValid() || heading.to.isValid()
        ? tr("Period: %1 - %2")
              .arg(heading.from.isValid() ? wibDay(heading.from) : QStringLiteral("…"),
                   heading.to.isValid() ? wibDay(heading.to.addMSecs(-1)) : QStringLiteral("…"))
        : tr("Period: all bookings");
    for (const QString &text : {tr("Room: %1").arg(heading.room), period,
                                tr("Printed: %1 WIB").arg(formatWib(heading.printed)),
                                tr("Approved meetings: %1, hours used: %2")
                                    .arg(indonesian().toString(report.meetings()), hoursText(report.hours()))}) {
        p.drawText(QRectF(page.left(), y, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    }
    y += line;
    setFont(p, 11, true);
    p.drawText(QRectF(page.left(), y, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, tr("Meetings per month"));
    y += line;
    setFont(p, 8);
    const double chartHeight = page.height() * 0.25;
    paintBars(p, QRectF(page.left(), y, page.width(), chartHeight), report.byMonth());
    y += chartHeight + line;

    const double half = (page.width() - line) / 2;
    const QStringList head{tr("Month"), tr("Meetings"), tr("Hours")};
    setFont(p, 9);
    const double leftBottom = paintTable(p, page.left(), y, half, head, rowsOf(report.byMonth(), true));
    const double rightBottom = paintTable(p, page.left() + half + line, y,
                                          half, {tr("Agency"), tr("Meetings"), tr("Hours")},
                                          rowsOf(report.byAgency(), false));
    y = std::max(leftBottom, rightBottom) + line;
    paintTable(p, page.left(), y, half, {tr("Year"), tr("Meetings"), tr("Hours")}, rowsOf(report.byYear(), false));
    p.restore();
}

Status BookingReportPdf::write(const QString &path, const UsageReport &report, const Heading &heading)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                      QPageLayout::Millimeter));
        pdf.setResolution(300);
        pdf.setTitle(tr("Meeting room usage report"));
        pdf.setCreator(QStringLiteral("Pontive Wall"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(path, tr("the PDF cannot be started")));
        paint(painter, QRectF(QPointF(0, 0), pdf.pageLayout().paintRectPixels(pdf.resolution()).size()), report, heading);
        painter.end();
    }
    if (!file.commit())
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pontive::core
