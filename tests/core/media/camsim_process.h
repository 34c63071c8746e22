#pragma once

#include <QProcess>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace pontive::test {

// A real pontive-camsim for one test: started on a free loopback port (or a given one),
// killed in the destructor.
class CamsimProcess
{
public:
    // Extra arguments, e.g. {"--user", "viewer", "--password", "pw"}.
    explicit CamsimProcess(QStringList extraArgs = {}, quint16 port = 0);
    ~CamsimProcess();

    bool isReady() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    quint16 onvifPort() const { return m_onvifPort; } // with --onvif-port
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    QString url(const QString &path, const QString &userInfo = {}) const;
    void kill();
    bool ctl(const QString &fault, int camera) const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    quint16 m_onvifPort = 0;
};

// Runs the event loop until the condition holds or the timeout passes.
bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout);

int threadCount();
int openFdCount();

} // namespace pontive::test
