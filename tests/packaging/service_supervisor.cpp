#include "service_supervisor.h"

#include <QSocketNotifier>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <csignal>
#include <cstring>

namespace pontive::test {

ServiceSupervisor::ServiceSupervisor(ServiceUnit unit, QString program, QStringList extraArguments,
                                     QProcessEnvironment environment, QObject *parent)
    : QObject(parent), m_unit(std::move(unit)), m_program(std::move(program)),
      m_arguments(m_unit.execStart.mid(1) + extraArguments), m_environment(std::move(environment))
{
    m_watchdog.setSingleShot(true);
    m_escalate.setSingleShot(true);
    m_restart.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &ServiceSupervisor::watchdogExpired);
    connect(&m_escalate, &QTimer::timeout, this, [this] { signalMain(SIGKILL); });
    connect(&m_restart, &QTimer::timeout, this, &ServiceSupervisor::launch);
}

ServiceSupervisor::~ServiceSupervisor()
{
    stop();
    if (m_socket >= 0)
        ::close(m_socket);
}

bool ServiceSupervisor::start()
{
    const QByteArray path = m_dir.filePath(QStringLiteral("notify")).toLocal8Bit();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (!m_dir.isValid() || static_cast<std::size_t>(path.size()) >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    m_socket = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const int on = 1;
    if (m_socket < 0 || ::setsockopt(m_socket, SOL_SOCKET, SO_PASSCRED, &on, sizeof on) != 0
        || ::bind(m_socket, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        return false;
    m_notifier = new QSocketNotifier(m_socket, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ServiceSupervisor::readNotifications);
    m_environment.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(path));
    if (m_unit.watchdogSec.count() > 0)
        m_environment.insert(QStringLiteral("WATCHDOG_USEC"), QString::number(m_unit.watchdogSec.count() * 1000));
    launch();
    return true;
}

void ServiceSupervisor::launch()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setProcessEnvironment(m_environment);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([] {
        // No core files from the watchdog's SIGABRT; gone with the test if it dies.
        const rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    connect(m_process.get(), &QProcess::finished, this, &ServiceSupervisor::finished);
    m_ready = false;
    m_process->start();
    if (!m_process->waitForStarted(30'000)) {
        m_log += QStringLiteral("start failed: %1\n").arg(m_process->errorString());
        return;
    }
    ++m_starts;
    if (m_sinceExit.isValid())
        m_lastRestartDelayMs = m_sinceExit.elapsed();
    m_log += QStringLiteral("started pid %1\n").arg(m_process->processId());
    // Type=notify: the start-up must end with READY=1 within TimeoutStartSec.
    if (m_unit.type == QLatin1String("notify"))
        m_watchdog.start(m_unit.timeoutStartSec);
}

qint64 ServiceSupervisor::pid() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

void ServiceSupervisor::readNotifications()
{
    for (;;) {
        char buffer[4096];
        char control[CMSG_SPACE(sizeof(ucred))];
        iovec io{buffer, sizeof buffer};
        msghdr header{};
        header.msg_iov = &io;
        header.msg_iovlen = 1;
        header.msg_control = control;
        header.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_socket, &header, MSG_DONTWAIT);
        if (n < 0)
            return;
        qint64 sender = -1;
        for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(&header, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
                ucred credentials{};
                std::memcpy(&credentials, CMSG_DATA(c), sizeof credentials);
                sender = credentials.pid;
            }
        }
        handle(sender, QByteArray(buffer, static_cast<qsizetype>(n)));
    }
}

void ServiceSupervisor::handle(qint64 sender, const QByteArray &message)
{
    if (sender != pid()) {
        m_log += QStringLiteral("ignored a message from pid %1 (NotifyAccess=main)\n").arg(sender);
        return;
    }
    const QList<QByteArray> lines = message.split('\n');
    if (lines.contains("READY=1") && !m_ready) {
        m_ready = true;
        m_log += QStringLiteral("pid %1 ready\n").arg(sender);
        // The watchdog runs from the end of the start-up on.
        if (m_unit.watchdogSec.count() > 0)
            m_watchdog.start(m_unit.watchdogSec);
        else
            m_watchdog.stop();
    }
    if (lines.contains("WATCHDOG=1")) {
        ++m_pings;
        if (m_ready && m_unit.watchdogSec.count() > 0)
            m_watchdog.start(m_unit.watchdogSec);
    }
}

void ServiceSupervisor::watchdogExpired()
{
    if (!m_ready) {
        // Start-up timed out: stopped like any unit, then restarted.
        m_log += QStringLiteral("start-up timed out\n");
        signalMain(SIGTERM);
        m_escalate.start(m_unit.timeoutStopSec);
        return;
    }
    ++m_watchdogTimeouts;
    m_log += QStringLiteral("watchdog timeout: SIGABRT to pid %1\n").arg(pid());
    signalMain(SIGABRT);
    m_escalate.start(m_unit.timeoutAbortSec.value_or(m_unit.timeoutStopSec));
}

void ServiceSupervisor::signalMain(int signal)
{
    if (const qint64 main = pid(); main > 0)
        ::kill(static_cast<pid_t>(main), signal);
}

void ServiceSupervisor::finished()
{
    m_watchdog.stop();
    m_escalate.stop();
    m_ready = false;
    m_log += QStringLiteral("exited: %1 %2\n")
                 .arg(m_process->exitStatus() == QProcess::CrashExit ? QStringLiteral("signal") : QStringLiteral("code"))
                 .arg(m_process->exitCode());
    m_sinceExit.start();
    const bool clean = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    m_lastExitClean = clean;
    const bool again = m_unit.restart == QLatin1String("always")
                       || (m_unit.restart == QLatin1String("on-failure") && !clean);
    if (again && !m_stopping)
        m_restart.start(m_unit.restartSec);
}

void ServiceSupervisor::stop()
{
    m_stopping = true;
    m_restart.stop();
    m_watchdog.stop();
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    signalMain(SIGCONT);
    signalMain(SIGTERM);
    if (!m_process->waitForFinished(static_cast<int>(m_unit.timeoutStopSec.count()))) {
        signalMain(SIGKILL);
        m_process->waitForFinished(10'000);
    }
}

} // namespace pontive::test
