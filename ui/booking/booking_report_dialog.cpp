#include "booking_report_dialog.h"

#include "booking/booking_list_loader.h"
#include "booking/pdf/booking_report_pdf.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace pontive::ui {

namespace {

const QTimeZone kWib(7 * 3600);

QString number(double value)
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(value, 'f', 1);
}

} // namespace

BookingReportDialog::BookingReportDialog(core::BookingListLoader *loader, QString room, QWidget *parent)
    : QDialog(parent), m_loader(loader), m_room(std::move(room)), m_year(new QSpinBox(this)),
      m_chart(new QChartView(this)), m_agencies(new QTableWidget(this)), m_total(new QLabel(this))
{
    setWindowTitle(tr("Meeting room usage"));
    setObjectName(QStringLiteral("bookingReport"));
    resize(900, 640);
    m_year->setRange(2000, 2100);
    m_year->setValue(QDateTime::currentDateTimeUtc().toTimeZone(kWib).date().year());
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year:"), this));
    bar->addWidget(m_year);
    bar->addWidget(m_total, 1);
    bar->addWidget(csv);
    bar->addWidget(pdf);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    m_agencies->setColumnCount(3);
    m_agencies->setHorizontalHeaderLabels({tr("Agency"), tr("Meetings"), tr("Hours")});
    m_agencies->horizontalHeader()->setStretchLastSection(true);
    m_agencies->verticalHeader()->hide();
    m_agencies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_agencies, 1);
    connect(m_year, &QSpinBox::valueChanged, this, &BookingReportDialog::setYear);
    connect(csv, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_loader, &core::BookingListLoader::loaded, this, &BookingReportDialog::showReport);
    connect(m_loader, &core::BookingListLoader::failed, this,
            [this](const pontive::Error &e) { m_total->setText(tr("Cannot read the bookings: %1").arg(e.message)); });
    setYear(m_year->value());
}

QDateTime BookingReportDialog::from() const
{
    return QDateTime(QDate(m_year->value(), 1, 1), QTime(0, 0), kWib).toUTC();
}

QDateTime BookingReportDialog::to() const
{
    return QDateTime(QDate(m_year->value() + 1, 1, 1), QTime(0, 0), kWib).toUTC();
}

void BookingReportDialog::setYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year);   // comes back here
        return;
    }
    m_total->setText(tr("Loading…"));
    core::BookingQuery q;
    q.room = m_room;
    q.from = from();
    q.to = to();
    q.status = core::BookingStatus::Approved;
    m_loader->load(q);
}

void BookingReportDialog::showReport(const std::vector<core::Booking> &bookings)
{
    m_report = core::UsageReport::build(bookings);
    auto *meetings = new QBarSet(tr("Meetings"));
    auto *hours = new QBarSet(tr("Hours"));
    QStringList months;
    double most = 1;
    for (int m = 1; m <= 12; ++m) {
        const QString key = QStringLiteral("%1-%2").arg(m_year->value()).arg(m, 2, 10, QLatin1Char('0'));
        int count = 0;
        double used = 0;
        for (const core::UsageRow &r : m_report.byMonth()) {
            if (r.key == key) {
                count = r.meetings;
                used = r.hours;
            }
        }
        *meetings << count;
        *hours << used;
        most = std::max({most, double(count), used});
        months << QLocale().standaloneMonthName(m, QLocale::ShortFormat);
    }
    auto *series = new QBarSeries;
    series->append(meetings);
    series->append(hours);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("%1: meetings and hours per month, %2").arg(roomName()).arg(m_year->value()));
    auto *x = new QBarCategoryAxis;
    x->append(months);
    auto *y = new QValueAxis;
    y->setRange(0, most * 1.15);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTheme(QChart::ChartThemeDark);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;

    m_agencies->setRowCount(int(m_report.byAgency().size()));
    int row = 0;
    for (const core::UsageRow &r : m_report.byAgency()) {
        m_agencies->setItem(row, 0, new QTableWidgetItem(r.key));
        m_agencies->setItem(row, 1, new QTableWidgetItem(QString::number(r.meetings)));
        m_agencies->setItem(row, 2, new QTableWidgetItem(number(r.hours)));
        ++row;
    }
    m_total->setText(tr("%n approved meeting(s), %1 hours", nullptr, m_report.meetings()).arg(number(m_report.hours())));
    emit reportShown();
}

Status BookingReportDialog::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray csv = m_report.toTable().toCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return fail(ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status BookingReportDialog::exportPdf(const QString &path) const
{
    return core::BookingReportPdf::write(path, m_report, {roomName(), from(), to(), QDateTime::currentDateTimeUtc()});
}

QString BookingReportDialog::roomName() const
{
    return m_room.isEmpty() ? tr("all rooms") : m_room;
}

void BookingReportDialog::saveAs(bool pdf)
{
    const QString suggested = QStringLiteral("penggunaan-ruang-%1.%2")
                                  .arg(m_year->value())
                                  .arg(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"), suggested,
                                                      pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status done = pdf ? exportPdf(path) : exportCsv(path);
    if (!done)
        QMessageBox::warning(this, windowTitle(), done.error().message);
}

} // namespace pontive::ui
