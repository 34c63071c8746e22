#include "booking_report_pdf.h"

#include "report/pdf/bar_chart_painter.h"
#include "report/pdf/report_painter.h"
#include "util/wib_time.h"

#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <utility>

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

// A small table: heading row, then rows, a rule below; returns the y below it.
double paintTable(QPainter &p, double x, double y, double width, const QStringList &head,
                  const std::vector<QStringList> &rows)
{
    const double line = ReportPainter::lineHeight(p) * 1.35;
    const std::vector<double> share{0.46, 0.27, 0.27};
    const QList<int> numbers{1, 2};
    ReportPainter::paintRow(p, QRectF(x, y, width, line), head, share, numbers, ReportPainter::Row::Header);
    y += line;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ReportPainter::paintRow(p, QRectF(x, y, width, line), rows[i], share, numbers,
                                i % 2 == 1 ? ReportPainter::Row::Shaded : ReportPainter::Row::Plain);
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
    std::vector<BarChartPainter::Bar> bars;
    for (const UsageRow &r : rows)
        bars.push_back({monthLabel(r.key), double(r.meetings), indonesian().toString(r.meetings), {}});
    BarChartPainter chart({}, std::move(bars));
    chart.setColor(QColor(46, 117, 182));
    chart.paintColumns(p, area);
}

void BookingReportPdf::paint(QPainter &p, const QRectF &page, const UsageReport &report, const Heading &heading)
{
    p.save();
    double y = page.top();
    ReportPainter::setFont(p, 16, true);
    const double titleHeight = ReportPainter::lineHeight(p);
    p.drawText(QRectF(page.left(), y, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Meeting room usage report"));
    y += titleHeight * 1.2;
    ReportPainter::setFont(p, 10);
    const double line = ReportPainter::lineHeight(p) * 1.3;
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
    ReportPainter::setFont(p, 11, true);
    p.drawText(QRectF(page.left(), y, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, tr("Meetings per month"));
    y += line;
    ReportPainter::setFont(p, 8);
    const double chartHeight = page.height() * 0.25;
    paintBars(p, QRectF(page.left(), y, page.width(), chartHeight), report.byMonth());
    y += chartHeight + line;

    const double half = (page.width() - line) / 2;
    const QStringList head{tr("Month"), tr("Meetings"), tr("Hours")};
    ReportPainter::setFont(p, 9);
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
        ReportPainter::setUpPage(pdf, tr("Meeting room usage report"), QMarginsF(18, 18, 18, 18), 300);
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
