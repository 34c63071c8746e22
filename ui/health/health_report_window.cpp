#include "health_report_window.h"

#include "health/health_data_service.h"
#include "health/health_report_formatter.h"
#include "health_report_pdf.h"
#include "util/wib_time.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace pontive::ui {

namespace {

struct Series {
    QString name;
    QList<double> values;
};

// One bar chart: categories on one axis, one or more sets of values.
QChartView *barChart(const QString &title, const QStringList &categories, const QList<Series> &sets,
                     std::optional<double> maximum = std::nullopt)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QBarSeries;
    for (const Series &s : sets) {
        auto *set = new QBarSet(s.name);
        for (double v : s.values)
            *set << v;
        series->append(set);
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    if (maximum)
        y->setRange(0, *maximum);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(sets.size() > 1);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    return view;
}

QWidget *grid(const QList<QWidget *> &charts)
{
    auto *page = new QWidget;
    auto *layout = new QGridLayout(page);
    for (int i = 0; i < charts.size(); ++i)
        layout->addWidget(charts[i], i / 2, i % 2);
    return page;
}

} // namespace

HealthReportWindow::HealthReportWindow(core::HealthDataService *service, QWidget *parent)
    : QDialog(parent), m_service(service), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_tabs(new QTabWidget(this)), m_status(new QLabel(this)), m_pdf(new QPushButton(tr("Export PDF…"), this)),
      m_csv(new QPushButton(tr("Export CSV…"), this))
{
    setWindowTitle(tr("Camera health reports"));
    setObjectName(QStringLiteral("healthReportWindow"));
    resize(1100, 760);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setCalendarPopup(true);
    }
    const QDate today = core::toWib(QDateTime::currentDateTimeUtc()).date();
    setPeriod(QDate(today.year(), today.month(), 1), today);
    auto *show = new QPushButton(tr("Show"), this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_pdf->setEnabled(false);
    m_csv->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("From:"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("To:"), this));
    top->addWidget(m_to);
    top->addWidget(show);
    top->addStretch(1);
    top->addWidget(m_csv);
    top->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    connect(show, &QPushButton::clicked, this, &HealthReportWindow::load);
    connect(m_pdf, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { askExport(false); });
    if (m_service) {
        connect(m_service, &core::HealthDataService::reportLoaded, this, &HealthReportWindow::showReport);
        connect(m_service, &core::HealthDataService::failed, this,
                [this](const pontive::Error &e) { m_status->setText(e.message); });
    }
}

void HealthReportWindow::setPeriod(const QDate &first, const QDate &last)
{
    m_from->setDate(first);
    m_to->setDate(last);
}

void HealthReportWindow::load()
{
    if (!m_service)
        return;
    const QTimeZone wib(7 * 3600);
    const QDateTime from(m_from->date(), QTime(0, 0), wib);
    const QDateTime to(m_to->date().addDays(1), QTime(0, 0), wib);
    if (to <= from) {
        m_status->setText(tr("The last day must not be before the first."));
        return;
    }
    m_status->setText(tr("Reading the store…"));
    m_service->loadReport(from.toUTC(), to.toUTC());
}

void HealthReportWindow::showReport(const core::HealthReport &report, const core::SummaryReport &summary)
{
    m_report = report;
    m_summary = summary;
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    using namespace core;
    const SummaryCounts &t = summary.total;
    QStringList agencies;
    QList<double> online, offline;
    for (const SummaryCounts &g : summary.byAgency) {
        agencies << g.name;
        online << g.online;
        offline << g.offline;
    }
    QStringList districts;
    QList<double> perDistrict;
    for (const SummaryCounts &g : summary.byDistrict) {
        districts << g.name;
        perDistrict << g.cameras;
    }
    m_tabs->addTab(
        grid({barChart(tr("Cameras by status"),
                       {CameraTerms::name(CameraStatus::Online), CameraTerms::name(CameraStatus::Offline)},
                       {{tr("Cameras"), {double(t.online), double(t.offline)}}}),
              barChart(tr("Media and kind"),
                       {CameraTerms::name(MediaType::Fiber), CameraTerms::name(MediaType::Wireless),
                        CameraTerms::name(CameraKind::Ptz), CameraTerms::name(CameraKind::Fixed)},
                       {{tr("Cameras"), {double(t.fiber), double(t.wireless), double(t.ptz), double(t.fixed)}}}),
              barChart(tr("Cameras by owning agency"), agencies,
                       {{CameraTerms::name(CameraStatus::Online), online}, {CameraTerms::name(CameraStatus::Offline), offline}}),
              barChart(tr("Cameras by district"), districts, {{tr("Cameras"), perDistrict}})}),
        tr("Summary"));
    auto uptimeOf = [](const std::vector<UptimeRow> &rows, bool media) {
        QStringList names;
        QList<double> values;
        for (const UptimeRow &r : rows) {
            const auto value = r.uptimePercent();
            if (!value)
                continue;  // nothing monitored: no bar rather than one that reads as 0 %
            const auto m = parseMediaType(r.name);
            names << (media && m ? CameraTerms::name(*m) : r.name);
            values << *value;
        }
        return std::pair(names, values);
    };
    const auto [agencyNames, agencyUptime] = uptimeOf(report.byAgency, false);
    const auto [mediaNames, mediaUptime] = uptimeOf(report.byMedia, true);
    // The ten locations with the least uptime: where the office looks first.
    std::vector<UptimeRow> worst = report.byLocation;
    std::erase_if(worst, [](const UptimeRow &r) { return !r.uptimePercent(); });
    std::sort(worst.begin(), worst.end(), [](const UptimeRow &a, const UptimeRow &b) { return a.uptimePercent() < b.uptimePercent(); });
    worst.resize(std::min<std::size_t>(worst.size(), 10));
    const auto [locationNames, locationUptime] = uptimeOf(worst, false);
    m_tabs->addTab(grid({barChart(tr("Uptime by agency (%)"), agencyNames, {{tr("Uptime %"), agencyUptime}}, 100.0),
                         barChart(tr("Uptime by network media (%)"), mediaNames, {{tr("Uptime %"), mediaUptime}}, 100.0),
                         barChart(tr("Locations with the least uptime (%)"), locationNames, {{tr("Uptime %"), locationUptime}}, 100.0)}),
                   tr("Uptime"));
    QStringList causes;
    QList<double> counts, repair;
    for (const CauseRow &c : report.byCause) {
        causes << CameraTerms::name(c.cause);
        counts << c.incidents;
        repair << double(c.meanTimeToRepairMs()) / 3'600'000.0;
    }
    m_tabs->addTab(grid({barChart(tr("Incidents by cause"), causes, {{tr("Incidents"), counts}}),
                         barChart(tr("Mean time to repair (h)"), causes, {{tr("Hours"), repair}})}),
                   tr("Incidents"));
    QStringList months;
    QList<double> monthly;
    for (const MonthRow &m : report.byMonth) {
        if (const auto value = m.uptimePercent()) {
            months << m.month;
            monthly << *value;
        }
    }
    m_tabs->addTab(grid({barChart(tr("Uptime by month (%)"), months, {{tr("Uptime %"), monthly}}, 100.0)}), tr("Monthly trend"));
    const auto total = report.total.uptimePercent();
    m_status->setText(total ? tr("%1 cameras, uptime %2 %, %3 incidents")
                                  .arg(t.cameras)
                                  .arg(QLocale().toString(*total, 'f', 2))
                                  .arg(report.total.incidents)
                            : tr("%1 cameras, uptime unknown (nothing monitored), %2 incidents")
                                  .arg(t.cameras)
                                  .arg(report.total.incidents));
    m_pdf->setEnabled(true);
    m_csv->setEnabled(true);
    emit reportShown();
}

bool HealthReportWindow::exportPdf(const QString &path)
{
    if (!m_report)
        return false;
    const auto written = core::HealthReportPdf::write({m_summary, *m_report, QDateTime::currentDateTimeUtc()}, path);
    m_status->setText(written ? tr("Saved %1").arg(path) : written.error().message);
    return bool(written);
}

bool HealthReportWindow::exportCsv(const QString &path)
{
    if (!m_report)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_status->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(core::HealthReportFormatter::toCsv(*m_report, QDateTime::currentDateTimeUtc()).toUtf8());
    m_status->setText(tr("Saved %1").arg(path));
    return true;
}

void HealthReportWindow::askExport(bool pdf)
{
    const QString name = QStringLiteral("laporan-kesehatan-kamera-%1.%2")
                             .arg(m_from->date().toString(QStringLiteral("yyyy-MM-dd")), QLatin1String(pdf ? "pdf" : "csv"));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"), name,
                                                      pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!(pdf ? exportPdf(path) : exportCsv(path)))
        QMessageBox::warning(this, windowTitle(), m_status->text());
}

} // namespace pontive::ui
