#pragma once

#include "health/health_report.h"
#include "report/summary_report.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace pontive::core {
class HealthDataService;
}

namespace pontive::ui {

// The office's reports with charts (Qt Charts): the summary by status, agency and
// district; uptime by agency, media and location for a period; incidents by cause with
// time to repair; the monthly trend. Exports CSV and the same PDF as pontivectl.
class HealthReportWindow : public QDialog
{
    Q_OBJECT
public:
    HealthReportWindow(core::HealthDataService *service, QWidget *parent = nullptr);

    // Period in WIB calendar days, both included.
    void setPeriod(const QDate &first, const QDate &last);
    void load();
    bool hasReport() const { return m_report.has_value(); }
    QTabWidget *tabs() const { return m_tabs; }
    // Writes the shown report; false with a message when it cannot.
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);

signals:
    void reportShown();

private:
    void showReport(const core::HealthReport &report, const core::SummaryReport &summary);
    void askExport(bool pdf);

    core::HealthDataService *m_service;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    std::optional<core::HealthReport> m_report;
    std::optional<core::SummaryReport> m_summary;
};

} // namespace pontive::ui
