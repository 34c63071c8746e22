#pragma once

#include "error.h"
#include "health_debouncer.h"
#include "health_records.h"

#include <QObject>
#include <QThreadPool>
#include <QDateTime>
#include <QTimer>

#include <chrono>
#include <deque>
#include <memory>

namespace pontive::core {

class CameraProbe;
class Database;

struct HealthMonitorSettings {
    std::chrono::milliseconds interval = std::chrono::seconds(60);
    double jitter = 0.1;            // each round starts interval * (1 +- jitter) after the last
    int concurrency = 16;           // probes in flight at once, so 147 cameras never flood the network
    DebounceSettings debounce;
};

// Probes every enabled camera in rounds, debounces the answers and records transitions.
// Probes run on this object's thread (non-blocking sockets); every SQL statement runs on
// one worker thread, in order, so the GUI thread never waits on the store.
// The wall moves it to a thread of its own (moveToThread, then start() by a queued call,
// deleteLater when that thread finishes); pontivectl runs it on its main thread.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    HealthMonitor(std::shared_ptr<Database> db, std::shared_ptr<CameraProbe> probe, HealthMonitorSettings settings = {},
                  HealthClock clock = {}, QObject *parent = nullptr);
    ~HealthMonitor() override;

    // Rounds every interval until stop(); the first one at once.
    void start();
    void stop();
    // One round now (ignored while one runs).
    void runRound();
    bool isRoundRunning() const { return m_roundRunning; }
    int maxInFlight() const { return m_maxInFlight; }

signals:
    void cameraWentOffline(qint64 cameraId, pontive::core::ProbeSymptom symptom);
    void cameraBackOnline(qint64 cameraId);
    void blipRecorded(qint64 cameraId);
    // probed cameras, how many answered; after every result is in the store.
    void roundFinished(int probed, int ok);
    void failed(const pontive::Error &error);

private:
    void onTargetsLoaded(const Result<std::vector<MonitoredCamera>> &loaded);
    void startNextProbes();
    void onProbeDone(const ProbeTarget &target, const ProbeResult &result);
    void onWriteDone(qint64 cameraId, const std::optional<HealthEvent> &event, const Status &written);
    void maybeFinishRound();
    void scheduleNext();

    std::shared_ptr<Database> m_db;
    std::shared_ptr<CameraProbe> m_probe;
    HealthMonitorSettings m_settings;
    HealthClock m_clock;
    HealthDebouncer m_debouncer;
    QThreadPool m_sqlThread;   // one thread: writes stay in order, one connection
    QTimer *m_timer;           // a child: moveToThread() takes it along
    std::deque<ProbeTarget> m_queue;
    bool m_running = false;
    bool m_roundRunning = false;
    bool m_restored = false;
    bool m_spanWritten = false;   // this round's monitored span is in the store
    QDateTime m_roundStart;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_pendingWrites = 0;
    int m_probed = 0;
    int m_ok = 0;
    // Cleared by the destructor so late callbacks of probes still running do nothing.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace pontive::core
