#pragma once

#include "service_unit.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace pontive::test {

// What systemd does with a Type=notify unit, for a test without a user manager: runs the
// unit's program with $NOTIFY_SOCKET and $WATCHDOG_USEC, takes READY=1 and WATCHDOG=1
// from the main process only (NotifyAccess=main, checked by the sender's credentials),
// restarts it RestartSec after it ends (Restart=always), and when the watchdog runs out
// after start-up sends SIGABRT, then SIGKILL after TimeoutAbortSec.
class ServiceSupervisor : public QObject
{
    Q_OBJECT
public:
    // `program` stands in for the unit's ExecStart binary; `extraArguments` follow the
    // unit's own.
    ServiceSupervisor(ServiceUnit unit, QString program, QStringList extraArguments, QProcessEnvironment environment,
                      QObject *parent = nullptr);
    ~ServiceSupervisor() override;

    bool start();
    // Stops for good: SIGTERM, then SIGKILL after TimeoutStopSec.
    void stop();

    qint64 pid() const;
    int starts() const { return m_starts; }
    bool ready() const { return m_ready; }
    int watchdogPings() const { return m_pings; }
    int watchdogTimeouts() const { return m_watchdogTimeouts; }
    // From the last exit to the next start.
    qint64 lastRestartDelayMs() const { return m_lastRestartDelayMs; }
    // Whether the last run ended with exit code 0 (not by a signal).
    bool lastExitClean() const { return m_lastExitClean; }
    QString log() const { return m_log; }

private:
    void launch();
    void readNotifications();
    void handle(qint64 sender, const QByteArray &message);
    void finished();
    void watchdogExpired();
    void signalMain(int signal);

    ServiceUnit m_unit;
    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QTemporaryDir m_dir;
    int m_socket = -1;
    QSocketNotifier *m_notifier = nullptr;
    std::unique_ptr<QProcess> m_process;
    QTimer m_watchdog;
    QTimer m_escalate;
    QTimer m_restart;
    QElapsedTimer m_sinceExit;
    bool m_stopping = false;
    bool m_ready = false;
    int m_starts = 0;
    int m_pings = 0;
    int m_watchdogTimeouts = 0;
    qint64 m_lastRestartDelayMs = -1;
    bool m_lastExitClean = false;
    QString m_log;
};

} // namespace pontive::test
