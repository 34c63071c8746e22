#include "health_data_service.h"

#include "health_report_query.h"
#include "health_repository.h"
#include "run_then.h"
#include "store/database.h"

namespace pontive::core {

namespace {

struct Current {
    std::vector<CameraHealth> rows;
    QHash<qint64, double> uptime;
};

} // namespace

HealthDataService::HealthDataService(std::shared_ptr<Database> db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
}

HealthDataService::~HealthDataService()
{
    // The worker's connection closes on the worker's own thread (queued after the rest).
    auto db = m_db;
    m_worker.start([db] { db->releaseThreadConnection(); });
    m_worker.waitForDone();
}

void HealthDataService::refresh(int days)
{
    auto db = m_db;
    runThen<Result<Current>>(
        &m_worker, this,
        [db, days]() -> Result<Current> {
            const Actor actor = Actor::current();
            auto rows = HealthRepository(db, actor).current();
            if (!rows)
                return std::unexpected(rows.error());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto report = loadHealthReport(db, actor, now.addDays(-days), now, now);
            if (!report)
                return std::unexpected(report.error());
            Current c{std::move(*rows), {}};
            // No monitored time yet leaves the camera out: the table shows unknown as blank.
            for (const UptimeRow &u : report->byCamera)
                if (const auto percent = u.uptimePercent())
                    c.uptime.insert(u.cameraId, *percent);
            return c;
        },
        [this](const Result<Current> &loaded) {
            if (loaded)
                emit currentLoaded(loaded->rows, loaded->uptime);
            else
                emit failed(loaded.error());
        });
}

void HealthDataService::confirmCause(qint64 cameraId, OfflineCause cause, const QString &note)
{
    auto db = m_db;
    runThen<Status>(
        &m_worker, this, [db, cameraId, cause, note] { return HealthRepository(db, Actor::current()).confirmCause(cameraId, cause, note); },
        [this, cameraId](const Status &done) {
            if (done)
                emit causeConfirmed(cameraId);
            else
                emit failed(done.error());
        });
}

void HealthDataService::loadReport(const QDateTime &from, const QDateTime &to)
{
    using Both = std::pair<HealthReport, SummaryReport>;
    auto db = m_db;
    runThen<Result<Both>>(
        &m_worker, this,
        [db, from, to]() -> Result<Both> {
            const Actor actor = Actor::current();
            auto report = loadHealthReport(db, actor, from, to, QDateTime::currentDateTimeUtc());
            if (!report)
                return std::unexpected(report.error());
            auto summary = loadSummaryReport(db, actor);
            if (!summary)
                return std::unexpected(summary.error());
            return Both(std::move(*report), std::move(*summary));
        },
        [this](const Result<Both> &loaded) {
            if (loaded)
                emit reportLoaded(loaded->first, loaded->second);
            else
                emit failed(loaded.error());
        });
}

} // namespace pontive::core
