#include "health_report_pdf.h"

#include "health/probe_symptom.h"
#include "report/pdf/bar_chart_painter.h"
#include "report/pdf/report_painter.h"
#include "util/wib_time.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>

namespace pontive::core {

namespace {

constexpr int kResolution = 96;   // device units per inch: A4 is about 794 x 1123

// Writes downwards on the pages of one report: headings, paragraphs, tables that break
// across pages with their header repeated, charts kept whole; a page number on each.
class PageWriter
{
public:
    PageWriter(QPagedPaintDevice &device, QPainter &painter, QString footer)
        : m_device(device), m_p(painter), m_footer(std::move(footer))
    {
        m_width = m_device.width();
        m_height = m_device.height();
        setSize(9);
    }

    int pages() const { return m_page; }
    double line() const { return ReportPainter::lineHeight(m_p); }

    void setSize(int points, bool bold = false) { ReportPainter::setFont(m_p, points, bold); }

    void need(double height)
    {
        if (m_y + height > m_height - 2 * line())
            newPage();
    }

    void newPage()
    {
        finishPage();
        m_device.newPage();
        ++m_page;
        m_y = 0;
    }

    void finishPage()
    {
        ReportPainter::paintFooter(m_p, QRectF(0, 0, m_width, m_height), m_footer,
                                   HealthReportPdf::tr("Page %1").arg(m_page));
        setSize(9);
    }

    void text(const QString &t, int points = 9, bool bold = false, Qt::Alignment align = Qt::AlignLeft)
    {
        setSize(points, bold);
        const QRectF bounds = m_p.boundingRect(QRectF(0, 0, m_width, 1e6), int(align) | Qt::TextWordWrap, t);
        need(bounds.height());
        m_p.setPen(Qt::black);
        m_p.drawText(QRectF(0, m_y, m_width, bounds.height()), int(align) | Qt::TextWordWrap, t);
        m_y += bounds.height();
        setSize(9);
    }

    void space(double lines = 0.6) { m_y += line() * lines; }

    void heading(const QString &t)
    {
        need(line() * 6);
        space(0.8);
        text(t, 12, true);
        m_p.setPen(QPen(QColor(0x2f, 0x7d, 0xc4), 1.2));
        m_p.drawLine(QPointF(0, m_y + 2), QPointF(m_width, m_y + 2));
        space(0.5);
    }

    void rule(double thickness)
    {
        m_p.setPen(QPen(Qt::black, thickness));
        m_p.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_y += thickness + 2;
    }

    // widths: fractions of the page width; numeric columns right-aligned.
    void table(const QStringList &headers, const std::vector<QStringList> &rows, const std::vector<double> &widths,
               const QList<int> &numeric)
    {
        setSize(8);
        const double l = line() * 1.35;
        auto row = [&](const QStringList &cells, bool header, bool shade) {
            const auto kind = header ? ReportPainter::Row::Header
                                     : (shade ? ReportPainter::Row::Shaded : ReportPainter::Row::Plain);
            ReportPainter::paintRow(m_p, QRectF(0, m_y, m_width, l), cells, widths, numeric, kind);
            m_y += l;
        };
        need(l * 3);
        row(headers, true, false);
        bool shade = false;
        for (const QStringList &r : rows) {
            if (m_y + l > m_height - 2 * line()) {
                newPage();
                setSize(8);
                row(headers, true, false);
            }
            row(r, false, shade);
            shade = !shade;
        }
        setSize(9);
        space(0.4);
    }

    void chart(const BarChartPainter &chart)
    {
        const double h = chart.heightFor(line());
        need(h);
        chart.paint(m_p, QRectF(0, m_y, m_width, h));
        m_y += h;
        space(0.4);
    }

private:
    QPagedPaintDevice &m_device;
    QPainter &m_p;
    QString m_footer;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
};

QString hours(const QLocale &l, qint64 ms)
{
    return l.toString(double(ms) / 3'600'000.0, 'f', 1);
}

QString percent(const QLocale &l, std::optional<double> value)
{
    return value ? l.toString(*value, 'f', 2) : QStringLiteral("–");  // unknown: nothing monitored
}

QString monthName(const QLocale &l, const QString &key)
{
    const QDate d = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? l.standaloneMonthName(d.month()) + QLatin1Char(' ') + QString::number(d.year()) : key;
}

QString mediaName(const QString &key)
{
    const auto m = parseMediaType(key);
    return m ? CameraTerms::name(*m) : key;
}

void summarySection(PageWriter &w, const SummaryReport &s, const QLocale &l)
{
    w.heading(HealthReportPdf::tr("1. The office's summary"));
    const SummaryCounts &t = s.total;
    auto n = [&](int v) { return l.toString(v); };
    w.table({HealthReportPdf::tr("Figure"), HealthReportPdf::tr("Count")},
            {{HealthReportPdf::tr("Cameras installed"), n(t.cameras)},
             {CameraTerms::name(CameraStatus::Online), n(t.online)},
             {CameraTerms::name(CameraStatus::Offline), n(t.offline)},
             {HealthReportPdf::tr("Offline: camera broken"), n(t.offlineCamera)},
             {HealthReportPdf::tr("Offline: power"), n(t.offlinePower)},
             {HealthReportPdf::tr("Offline: network media"), n(t.offlineMedia)},
             {CameraTerms::name(MediaType::Fiber), n(t.fiber)},
             {CameraTerms::name(MediaType::Wireless), n(t.wireless)},
             {CameraTerms::name(CameraKind::Ptz), n(t.ptz)},
             {CameraTerms::name(CameraKind::Fixed), n(t.fixed)},
             {HealthReportPdf::tr("Camera points"), n(t.points)}},
            {0.7, 0.3}, {1});
    std::vector<BarChartPainter::Bar> status{
        {CameraTerms::name(CameraStatus::Online), double(t.online), n(t.online), QColor(0x43, 0xa0, 0x47)},
        {CameraTerms::name(CameraStatus::Offline), double(t.offline), n(t.offline), QColor(0xe5, 0x39, 0x35)}};
    w.chart(BarChartPainter(HealthReportPdf::tr("Cameras by status"), std::move(status)));
    const QStringList headers{HealthReportPdf::tr("Points"), HealthReportPdf::tr("Cameras"), CameraTerms::name(CameraStatus::Online),
                              CameraTerms::name(CameraStatus::Offline), CameraTerms::name(CameraKind::Ptz),
                              CameraTerms::name(CameraKind::Fixed), CameraTerms::name(MediaType::Fiber),
                              CameraTerms::name(MediaType::Wireless)};
    auto rowsOf = [&](const std::vector<SummaryCounts> &groups) {
        std::vector<QStringList> rows;
        for (const SummaryCounts &g : groups)
            rows.push_back({g.name, n(g.points), n(g.cameras), n(g.online), n(g.offline), n(g.ptz), n(g.fixed), n(g.fiber),
                            n(g.wireless)});
        return rows;
    };
    const std::vector<double> widths{0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
    const QList<int> numeric{1, 2, 3, 4, 5, 6, 7, 8};
    w.text(HealthReportPdf::tr("By owning agency"), 10, true);
    w.table(QStringList{HealthReportPdf::tr("Agency")} + headers, rowsOf(s.byAgency), widths, numeric);
    std::vector<BarChartPainter::Bar> agencies;
    for (const SummaryCounts &g : s.byAgency)
        agencies.push_back({g.name, double(g.cameras), n(g.cameras), {}});
    w.chart(BarChartPainter(HealthReportPdf::tr("Cameras by owning agency"), std::move(agencies)));
    w.text(HealthReportPdf::tr("By district"), 10, true);
    w.table(QStringList{HealthReportPdf::tr("District")} + headers, rowsOf(s.byDistrict), widths, numeric);
}

std::vector<BarChartPainter::Bar> uptimeBars(const std::vector<UptimeRow> &rows, const QLocale &l, bool media)
{
    std::vector<BarChartPainter::Bar> bars;
    for (const UptimeRow &r : rows) {
        // A bar of 0 would read as a whole period offline; unknown rows stay in the tables.
        if (const auto value = r.uptimePercent())
            bars.push_back({media ? mediaName(r.name) : r.name, *value, percent(l, value) + QStringLiteral(" %"), {}});
    }
    return bars;
}

void uptimeSection(PageWriter &w, const HealthReport &r, const QLocale &l)
{
    w.heading(HealthReportPdf::tr("2. Uptime"));
    if (r.total.uptimePercent())
        w.text(HealthReportPdf::tr("Uptime of all cameras over the period: %1 % (%2 cameras, %3 offline incidents)")
                   .arg(percent(l, r.total.uptimePercent()), l.toString(r.total.cameras), l.toString(r.total.incidents)));
    else
        w.text(HealthReportPdf::tr("Uptime of all cameras over the period: unknown, no station was monitoring (%1 cameras, %2 offline "
                     "incidents)")
                   .arg(l.toString(r.total.cameras), l.toString(r.total.incidents)));
    if (r.unmonitoredMs > 0)
        w.text(HealthReportPdf::tr("No station was monitoring for %1 h of the period: that time is unknown and left out of the uptime.")
                   .arg(hours(l, r.unmonitoredMs)));
    w.space();
    for (auto &&[title, bars] : {std::pair(HealthReportPdf::tr("Uptime by agency (%)"), uptimeBars(r.byAgency, l, false)),
                                 std::pair(HealthReportPdf::tr("Uptime by network media (%)"), uptimeBars(r.byMedia, l, true))}) {
        if (bars.empty())
            continue;  // nothing monitored: the tables below say so
        BarChartPainter chart(title, bars);
        chart.setMaximum(100);
        w.chart(chart);
    }
    auto rowsOf = [&](const std::vector<UptimeRow> &rows, bool cameras) {
        std::vector<QStringList> out;
        for (const UptimeRow &u : rows) {
            QStringList cells{u.name};
            if (cameras)
                cells << u.location << u.agency << mediaName(u.media);
            else
                cells << l.toString(u.cameras);
            cells << percent(l, u.uptimePercent()) << hours(l, u.offlineMs) << l.toString(u.incidents);
            out.push_back(cells);
        }
        return out;
    };
    w.text(HealthReportPdf::tr("Uptime by location"), 10, true);
    w.table({HealthReportPdf::tr("Location"), HealthReportPdf::tr("Cameras"), HealthReportPdf::tr("Uptime %"), HealthReportPdf::tr("Offline (h)"), HealthReportPdf::tr("Incidents")},
            rowsOf(r.byLocation, false), {0.44, 0.14, 0.14, 0.14, 0.14}, {1, 2, 3, 4});
    w.text(HealthReportPdf::tr("Uptime by camera"), 10, true);
    w.table({HealthReportPdf::tr("Camera"), HealthReportPdf::tr("Location"), HealthReportPdf::tr("Agency"), HealthReportPdf::tr("Media"), HealthReportPdf::tr("Uptime %"), HealthReportPdf::tr("Offline (h)"),
             HealthReportPdf::tr("Incidents")},
            rowsOf(r.byCamera, true), {0.18, 0.28, 0.11, 0.12, 0.11, 0.11, 0.09}, {4, 5, 6});
}

void causeSection(PageWriter &w, const HealthReport &r, const QLocale &l)
{
    w.heading(HealthReportPdf::tr("3. Offline incidents by cause"));
    std::vector<QStringList> rows;
    std::vector<BarChartPainter::Bar> bars;
    for (const CauseRow &c : r.byCause) {
        rows.push_back({CameraTerms::name(c.cause), l.toString(c.incidents), l.toString(c.open), hours(l, c.offlineMs),
                        c.repaired > 0 ? hours(l, c.meanTimeToRepairMs()) : QStringLiteral("–")});
        bars.push_back({CameraTerms::name(c.cause), double(c.incidents), l.toString(c.incidents), QColor(0xef, 0x6c, 0x00)});
    }
    w.table({HealthReportPdf::tr("Cause"), HealthReportPdf::tr("Incidents"), HealthReportPdf::tr("Still open"), HealthReportPdf::tr("Offline (h)"), HealthReportPdf::tr("Mean time to repair (h)")},
            rows, {0.3, 0.15, 0.15, 0.15, 0.25}, {1, 2, 3, 4});
    w.chart(BarChartPainter(HealthReportPdf::tr("Incidents by cause"), std::move(bars)));
}

void trendSection(PageWriter &w, const HealthReport &r, const QLocale &l)
{
    w.heading(HealthReportPdf::tr("4. Monthly trend"));
    std::vector<QStringList> rows;
    std::vector<BarChartPainter::Bar> bars;
    for (const MonthRow &m : r.byMonth) {
        const auto value = m.uptimePercent();
        rows.push_back({monthName(l, m.month), percent(l, value), hours(l, m.offlineMs), l.toString(m.incidents)});
        if (value)
            bars.push_back({monthName(l, m.month), *value, percent(l, value) + QStringLiteral(" %"), QColor(0x2b, 0x9c, 0x8a)});
    }
    if (!bars.empty()) {
        BarChartPainter chart(HealthReportPdf::tr("Uptime by month (%)"), std::move(bars));
        chart.setMaximum(100);
        w.chart(chart);
    }
    w.table({HealthReportPdf::tr("Month"), HealthReportPdf::tr("Uptime %"), HealthReportPdf::tr("Offline (h)"), HealthReportPdf::tr("Incidents")}, rows, {0.4, 0.2, 0.2, 0.2},
            {1, 2, 3});
}

void incidentSection(PageWriter &w, const HealthReport &r, const QDateTime &now, const QLocale &l)
{
    w.heading(HealthReportPdf::tr("5. Incidents"));
    if (r.incidents.empty()) {
        w.text(HealthReportPdf::tr("No camera was offline in this period."));
        return;
    }
    std::vector<QStringList> rows;
    for (const HealthIncident &i : r.incidents) {
        const QDateTime end = i.end.isValid() ? i.end : now;
        QString note = i.operatorNote;
        if (!i.technicianRemark.isEmpty())
            note += (note.isEmpty() ? QString() : QStringLiteral("; ")) + i.technicianRemark;
        rows.push_back({i.camera, i.location, formatWib(i.start), i.end.isValid() ? formatWib(i.end) : HealthReportPdf::tr("still offline"),
                        hours(l, i.start.msecsTo(end)), CameraTerms::name(i.cause), note});
    }
    w.table({HealthReportPdf::tr("Camera"), HealthReportPdf::tr("Location"), HealthReportPdf::tr("Start (WIB)"), HealthReportPdf::tr("End (WIB)"), HealthReportPdf::tr("Duration (h)"),
             HealthReportPdf::tr("Cause"), HealthReportPdf::tr("Note")},
            rows, {0.11, 0.17, 0.16, 0.16, 0.09, 0.1, 0.21}, {4});
}

} // namespace

int HealthReportPdf::paint(const Content &c, QPagedPaintDevice &device)
{
    QPainter p(&device);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale &l = c.locale;
    const QDateTime lastDay = c.health.to.addMSecs(-1);
    const QString period = tr("%1 – %2 (WIB)").arg(toWib(c.health.from).toString(QStringLiteral("dd/MM/yyyy")),
                                                   toWib(lastDay).toString(QStringLiteral("dd/MM/yyyy")));
    PageWriter w(device, p, tr("Camera health report %1").arg(period));
    // Letterhead: the city and the office, centred, over a double rule.
    w.text(tr("CITY GOVERNMENT OF PONTIANAK"), 12, true, Qt::AlignHCenter);
    w.text(tr("COMMUNICATION AND INFORMATICS OFFICE"), 14, true, Qt::AlignHCenter);
    w.text(tr("Pontive Center — the city's CCTV command room"), 9, false, Qt::AlignHCenter);
    w.space(0.3);
    w.rule(2.0);
    w.rule(0.6);
    w.space(0.5);
    w.text(tr("CAMERA HEALTH REPORT"), 13, true, Qt::AlignHCenter);
    w.text(tr("Period: %1").arg(period), 10, false, Qt::AlignHCenter);
    w.text(tr("Printed %1 WIB").arg(formatWib(c.now)), 8, false, Qt::AlignHCenter);
    if (c.summary)
        summarySection(w, *c.summary, l);
    uptimeSection(w, c.health, l);
    causeSection(w, c.health, l);
    trendSection(w, c.health, l);
    incidentSection(w, c.health, c.now, l);
    // Place, date and signature, as the office's letters end.
    w.need(w.line() * 8);
    w.space(2);
    w.text(tr("Pontianak, %1").arg(l.toString(toWib(c.now).date(), QStringLiteral("d MMMM yyyy"))), 9, false, Qt::AlignRight);
    w.text(tr("Prepared by,"), 9, false, Qt::AlignRight);
    w.space(4);
    w.text(tr("(name and signature)"), 9, false, Qt::AlignRight);
    w.finishPage();
    p.end();
    return w.pages();
}

Status HealthReportPdf::write(const Content &content, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, probe.errorString()), probe.errorString());
    }
    QPdfWriter writer(path);
    ReportPainter::setUpPage(writer, tr("Camera health report"), QMarginsF(20, 15, 15, 15), kResolution);
    paint(content, writer);
    return {};
}

} // namespace pontive::core
