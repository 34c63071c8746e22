#pragma once

#include "booking/usage_report.h"
#include "error.h"

#include <QDateTime>
#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace pontive::core {
class BookingListLoader;
}

class QChartView;

namespace pontive::ui {

// The room's usage in a year: meetings and hours per month as a bar chart (Qt Charts), a
// table per agency, and export as CSV or as the office's PDF page (the same page
// `pontivectl booking report --format pdf` prints).
class BookingReportDialog : public QDialog
{
    Q_OBJECT
public:
    BookingReportDialog(core::BookingListLoader *loader, QString room, QWidget *parent = nullptr);

    void setYear(int year);
    const core::UsageReport &report() const { return m_report; }
    QChartView *chartView() const { return m_chart; }
    QTableWidget *agencyTable() const { return m_agencies; }
    Status exportCsv(const QString &path) const;
    Status exportPdf(const QString &path) const;

signals:
    void reportShown();

private:
    void showReport(const std::vector<core::Booking> &bookings);
    void saveAs(bool pdf);
    QString roomName() const;
    QDateTime from() const;
    QDateTime to() const;

    core::BookingListLoader *m_loader;
    QString m_room;
    QSpinBox *m_year;
    QChartView *m_chart;
    QTableWidget *m_agencies;
    QLabel *m_total;
    core::UsageReport m_report;
};

} // namespace pontive::ui
