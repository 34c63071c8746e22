#include "health_monitor.h"

#include "camera_probe.h"
#include "health_logging.h"
#include "health_repository.h"
#include "run_then.h"
#include "store/database.h"

#include <QRandomGenerator>

namespace pontive::core {

namespace {

QDateTime toDateTime(std::chrono::system_clock::time_point t)
{
    return QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count(), Qt::UTC);
}

} // namespace

HealthMonitor::HealthMonitor(std::shared_ptr<Database> db, std::shared_ptr<CameraProbe> probe,
                             HealthMonitorSettings settings, HealthClock clock, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_probe(std::move(probe)), m_settings(settings),
      m_clock(clock ? std::move(clock) : HealthClock([] { return std::chrono::system_clock::now(); })),
      m_debouncer(settings.debounce, m_clock), m_timer(new QTimer(this))
{
    m_settings.concurrency = std::max(1, m_settings.concurrency);
    m_sqlThread.setMaxThreadCount(1);
    m_sqlThread.setExpiryTimeout(-1);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HealthMonitor::runRound);
}

HealthMonitor::~HealthMonitor()
{
    *m_alive = false;
    m_timer->stop();
    // Queued after every pending write (one thread, FIFO): the worker's connection closes
    // on the worker's own thread before the pool lets the thread go. Not through a
    // QFuture: waiting on one may run the task on this thread instead.
    auto db = m_db;
    m_sqlThread.start([db] { db->releaseThreadConnection(); });
    m_sqlThread.waitForDone();
}

void HealthMonitor::start()
{
    m_running = true;
    runRound();
}

void HealthMonitor::stop()
{
    m_running = false;
    m_timer->stop();
    m_queue.clear();
}

void HealthMonitor::runRound()
{
    if (m_roundRunning)
        return;
    m_roundRunning = true;
    m_spanWritten = false;
    m_roundStart = toDateTime(m_clock());
    m_probed = 0;
    m_ok = 0;
    auto db = m_db;
    runThen<Result<std::vector<MonitoredCamera>>>(
        &m_sqlThread, this, [db] { return HealthRepository(db, Actor::current()).monitored(); },
        [this](const Result<std::vector<MonitoredCamera>> &loaded) { onTargetsLoaded(loaded); });
}

void HealthMonitor::onTargetsLoaded(const Result<std::vector<MonitoredCamera>> &loaded)
{
    if (!loaded) {
        qCWarning(lcHealth).noquote() << "cannot read the cameras to probe:" << loaded.error().detail;
        emit failed(loaded.error());
        m_roundRunning = false;
        scheduleNext();
        return;
    }
    for (const MonitoredCamera &m : *loaded) {
        // The store is the truth once; afterwards this process's streaks are newer.
        if (!m_restored)
            m_debouncer.restore(m.target.cameraId, m.state);
        m_queue.push_back(m.target);
    }
    m_restored = true;
    qCDebug(lcHealth) << "probe round of" << m_queue.size() << "cameras";
    startNextProbes();
    maybeFinishRound();
}

void HealthMonitor::startNextProbes()
{
    while (m_inFlight < m_settings.concurrency && !m_queue.empty()) {
        ProbeTarget target = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
        std::weak_ptr<bool> alive = m_alive;
        m_probe->start(target, [this, alive, target](const ProbeResult &result) {
            if (auto a = alive.lock(); a && *a)
                onProbeDone(target, result);
        });
    }
}

void HealthMonitor::onProbeDone(const ProbeTarget &target, const ProbeResult &result)
{
    --m_inFlight;
    ++m_probed;
    if (result.ok)
        ++m_ok;
    const auto decision = m_debouncer.observe(target.cameraId, result);
    const QDateTime at = toDateTime(m_clock());
    ++m_pendingWrites;
    auto db = m_db;
    const qint64 id = target.cameraId;
    const auto event = decision.event;
    runThen<Status>(
        &m_sqlThread, this,
        [db, id, result, state = decision.state, event, at] {
            return HealthRepository(db, Actor::current()).recordProbe(id, result, state, event, at);
        },
        [this, id, event](const Status &written) { onWriteDone(id, event, written); });
    startNextProbes();
}

void HealthMonitor::onWriteDone(qint64 cameraId, const std::optional<HealthEvent> &event, const Status &written)
{
    --m_pendingWrites;
    if (!written) {
        qCWarning(lcHealth).noquote() << "cannot record the probe of camera" << cameraId << written.error().detail;
        emit failed(written.error());
    } else if (event) {
        switch (event->kind) {
        case HealthEvent::Kind::WentOffline:
            qCInfo(lcHealth) << "camera" << cameraId << "offline:" << toKey(event->symptom);
            emit cameraWentOffline(cameraId, event->symptom);
            break;
        case HealthEvent::Kind::BackOnline:
            qCInfo(lcHealth) << "camera" << cameraId << "back online";
            emit cameraBackOnline(cameraId);
            break;
        case HealthEvent::Kind::Blip: emit blipRecorded(cameraId); break;
        case HealthEvent::Kind::FirstOnline: break;
        }
    }
    maybeFinishRound();
}

void HealthMonitor::maybeFinishRound()
{
    if (!m_roundRunning || m_inFlight > 0 || m_pendingWrites > 0 || !m_queue.empty())
        return;
    if (!m_spanWritten) {
        // The station was monitoring from this round's start until now: reports count
        // only such time. Rounds (and cron runs) close together join up into one span.
        m_spanWritten = true;
        ++m_pendingWrites;
        auto db = m_db;
        const QDateTime start = m_roundStart;
        const QDateTime end = toDateTime(m_clock());
        const auto maxGap = std::max<std::chrono::milliseconds>(3 * m_settings.interval, std::chrono::minutes(10));
        runThen<Status>(
            &m_sqlThread, this,
            [db, start, end, maxGap] { return HealthRepository(db, Actor::current()).recordMonitored(start, end, maxGap); },
            [this](const Status &written) {
                --m_pendingWrites;
                if (!written) {
                    qCWarning(lcHealth).noquote() << "cannot record the monitored time:" << written.error().detail;
                    emit failed(written.error());
                }
                maybeFinishRound();
            });
        return;
    }
    m_roundRunning = false;
    emit roundFinished(m_probed, m_ok);
    scheduleNext();
}

void HealthMonitor::scheduleNext()
{
    if (m_running && !m_timer->isActive() && m_settings.interval.count() > 0) {
        const double spread = 1.0 + m_settings.jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
        m_timer->start(std::chrono::milliseconds(static_cast<qint64>(double(m_settings.interval.count()) * spread)));
    }
}

} // namespace pontive::core
