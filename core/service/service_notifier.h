#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace pontive::core {

// The service manager's notify protocol (sd_notify(3)), spoken directly: datagrams such
// as "READY=1" or "WATCHDOG=1" to the unix socket named by $NOTIFY_SOCKET. Outside a
// unit (no $NOTIFY_SOCKET) every call does nothing.
//
// The watchdog pings come from a QTimer in the thread that owns this object: created on
// the GUI thread, a GUI thread that hangs stops the pings and the manager restarts the
// program.
class ServiceNotifier : public QObject
{
    Q_OBJECT
public:
    // Reads $NOTIFY_SOCKET, $WATCHDOG_USEC and $WATCHDOG_PID.
    explicit ServiceNotifier(QObject *parent = nullptr);

    bool active() const { return !m_socketPath.isEmpty(); }
    // Zero when the manager wants no watchdog pings from this process.
    std::chrono::microseconds watchdogTimeout() const { return m_watchdog; }

    // Starts pinging at half the manager's watchdog timeout (if it asked for any).
    void startWatchdog();
    void ready();
    void status(const QString &text);
    void stopping();
    // Sends one message ("KEY=value" lines); false when it could not be delivered.
    bool notify(const QByteArray &message);

private:
    QByteArray m_socketPath;
    std::chrono::microseconds m_watchdog{0};
    QTimer m_ping;
};

} // namespace pontive::core
