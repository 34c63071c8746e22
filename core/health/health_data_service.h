#pragma once

#include "error.h"
#include "health_records.h"
#include "health_report.h"
#include "report/summary_report.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace pontive::core {

class Database;

// The health view's door to the store: every call runs on one worker thread (in order,
// one connection) and answers by signal, so the GUI thread never waits on SQL.
class HealthDataService : public QObject
{
    Q_OBJECT
public:
    explicit HealthDataService(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~HealthDataService() override;   // waits for the call in progress

    // Every camera's health, with its uptime over the last `days` days.
    void refresh(int days = 30);
    // The operator's finding: the same function as `pontivectl health cause`.
    void confirmCause(qint64 cameraId, pontive::core::OfflineCause cause, const QString &note);
    // The report over [from, to) (UTC), with the office's summary.
    void loadReport(const QDateTime &from, const QDateTime &to);

signals:
    void currentLoaded(const std::vector<pontive::core::CameraHealth> &rows, const QHash<qint64, double> &uptime);
    void causeConfirmed(qint64 cameraId);
    void reportLoaded(const pontive::core::HealthReport &report, const pontive::core::SummaryReport &summary);
    void failed(const pontive::Error &error);

private:
    std::shared_ptr<Database> m_db;
    QThreadPool m_worker;
};

} // namespace pontive::core
