#pragma once

#include "store/database.h"

#include <QProcess>
#include <QString>
#include <QTcpServer>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace pontive::test {

// `count` cameras at one location, their sub URL from `url(i)` (i from 1).
std::vector<qint64> addHealthCameras(core::Database &db, int count, const std::function<QString(int)> &url,
                                     const QString &user = {}, const QString &password = {});

// Runs the event loop until the condition holds or the timeout passes.
bool spinUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout);

// A loopback port nobody listens on (bound, then released).
quint16 closedLoopbackPort();

// A real pontive-camsim (when the build has one): two cameras on a free port.
class HealthCamsim
{
public:
    static bool available();
    // errorLog: a file for the simulator's stderr (by default it goes to the test's).
    explicit HealthCamsim(const QStringList &extraArgs = {}, quint16 port = 0, const QString &errorLog = {});
    ~HealthCamsim();
    bool isReady() const { return m_port != 0; }
    QString url(int camera, const QString &stream = QStringLiteral("sub")) const;
    quint16 port() const { return m_port; }
    // SIGSTOP: the kernel still accepts connections, nothing answers (a hung camera);
    // SIGCONT resumes it.
    void freeze(bool frozen);
    void kill();

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace pontive::test
