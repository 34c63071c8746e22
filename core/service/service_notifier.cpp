#include "service_notifier.h"

#include "service_logging.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>

namespace pontive::core {

namespace {

// A socket address for a filesystem path, or for an abstract name ('@' first).
bool fillAddress(const QByteArray &path, sockaddr_un &address, socklen_t &length)
{
    std::memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || static_cast<std::size_t>(path.size()) >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0';
    length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + static_cast<std::size_t>(path.size())
                                    + (path.startsWith('@') ? 0 : 1));
    return true;
}

} // namespace

ServiceNotifier::ServiceNotifier(QObject *parent) : QObject(parent), m_socketPath(qgetenv("NOTIFY_SOCKET"))
{
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    const QString pid = qEnvironmentVariable("WATCHDOG_PID");
    // The pid check keeps children that inherited the environment from pinging for us.
    if (ok && usec > 0 && (pid.isEmpty() || pid.toLongLong() == static_cast<qint64>(::getpid())))
        m_watchdog = std::chrono::microseconds(usec);
    m_ping.setTimerType(Qt::CoarseTimer);
    connect(&m_ping, &QTimer::timeout, this, [this] { notify("WATCHDOG=1"); });
}

void ServiceNotifier::startWatchdog()
{
    if (!active() || m_watchdog.count() == 0)
        return;
    const auto interval = std::chrono::duration_cast<std::chrono::milliseconds>(m_watchdog / 2);
    m_ping.start(std::max(interval, std::chrono::milliseconds(1)));
    notify("WATCHDOG=1");
    qCInfo(lcService, "watchdog: pinging every %lld ms", static_cast<long long>(interval.count()));
}

void ServiceNotifier::ready()
{
    notify("READY=1\nMAINPID=" + QByteArray::number(static_cast<qint64>(::getpid())));
}

void ServiceNotifier::status(const QString &text)
{
    notify("STATUS=" + text.toUtf8());
}

void ServiceNotifier::stopping()
{
    m_ping.stop();
    notify("STOPPING=1");
}

bool ServiceNotifier::notify(const QByteArray &message)
{
    if (!active())
        return false;
    sockaddr_un address{};
    socklen_t length = 0;
    if (!fillAddress(m_socketPath, address, length)) {
        qCWarning(lcService, "NOTIFY_SOCKET is not a usable socket path");
        return false;
    }
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        qCWarning(lcService, "notify socket: %s", std::strerror(errno));
        return false;
    }
    const ssize_t sent = ::sendto(fd, message.constData(), static_cast<std::size_t>(message.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    const int error = errno;
    ::close(fd);
    if (sent != message.size()) {
        qCWarning(lcService, "notify %s: %s", message.left(message.indexOf('=')).constData(), std::strerror(error));
        return false;
    }
    return true;
}

} // namespace pontive::core
