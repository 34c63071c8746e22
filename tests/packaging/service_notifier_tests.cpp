// The notify protocol as the wall speaks it, received on a real unix datagram socket;
// and the unit file's time spans as the supervisor reads them.
#include "camsim_process.h"
#include "catch_qt.h"
#include "service_unit.h"

#include "service/service_notifier.h"

#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstddef>
#include <cstring>

using namespace std::chrono_literals;
using pontive::core::ServiceNotifier;
using pontive::test::ServiceUnit;

namespace {

// A bound datagram socket standing in for the service manager's.
class NotifySocket
{
public:
    explicit NotifySocket(const QByteArray &path) : m_fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0))
    {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
        socklen_t length = sizeof address;
        if (path.startsWith('@')) {
            address.sun_path[0] = '\0';
            length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + static_cast<std::size_t>(path.size()));
        }
        m_bound = ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), length) == 0;
        const timeval wait{10, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    }
    ~NotifySocket() { ::close(m_fd); }
    NotifySocket(const NotifySocket &) = delete;
    NotifySocket &operator=(const NotifySocket &) = delete;

    bool bound() const { return m_bound; }
    QByteArray next(int flags = 0) const
    {
        char buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, flags);
        return n < 0 ? QByteArray() : QByteArray(buffer, static_cast<qsizetype>(n));
    }

private:
    int m_fd;
    bool m_bound = false;
};

struct ScopedEnv {
    ScopedEnv(const char *name, const QByteArray &value) : m_name(name) { qputenv(name, value); }
    ~ScopedEnv() { qunsetenv(m_name); }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;
    const char *m_name;
};

} // namespace

TEST_CASE("service notifier: READY, STATUS and watchdog pings reach NOTIFY_SOCKET", "[kiosk]")
{
    QTemporaryDir dir;
    const bool abstract = GENERATE(false, true);
    const QByteArray path = abstract ? QByteArray("@pontive-notify-test-") + QByteArray::number(::getpid())
                                     : dir.filePath(QStringLiteral("notify")).toLocal8Bit();
    NotifySocket manager(path);
    REQUIRE(manager.bound());
    const ScopedEnv socketEnv("NOTIFY_SOCKET", path);
    const ScopedEnv watchdogEnv("WATCHDOG_USEC", "200000");

    ServiceNotifier notifier;
    REQUIRE(notifier.active());
    CHECK(notifier.watchdogTimeout() == 200ms);
    notifier.startWatchdog();
    CHECK(manager.next() == "WATCHDOG=1");
    notifier.status(QStringLiteral("2 wall(s) on show"));
    CHECK(manager.next() == "STATUS=2 wall(s) on show");
    notifier.ready();
    CHECK(manager.next() == "READY=1\nMAINPID=" + QByteArray::number(::getpid()));
    // Later pings come from a timer of the thread that owns the notifier (the GUI's).
    QByteArray ping;
    REQUIRE(pontive::test::waitUntil(
        [&] {
            ping = manager.next(MSG_DONTWAIT);
            return !ping.isEmpty();
        },
        30s));
    CHECK(ping == "WATCHDOG=1");
}

TEST_CASE("service notifier: outside a unit it stays silent", "[kiosk]")
{
    qunsetenv("NOTIFY_SOCKET");
    ServiceNotifier notifier;
    CHECK_FALSE(notifier.active());
    CHECK_FALSE(notifier.notify("READY=1"));
}

TEST_CASE("service unit: time spans as systemd writes them", "[kiosk]")
{
    CHECK(ServiceUnit::parseTimeSpan(QStringLiteral("2")) == 2000ms);
    CHECK(ServiceUnit::parseTimeSpan(QStringLiteral("500ms")) == 500ms);
    CHECK(ServiceUnit::parseTimeSpan(QStringLiteral("15s")) == 15s);
    CHECK(ServiceUnit::parseTimeSpan(QStringLiteral("1min 30s")) == 90s);
    CHECK_FALSE(ServiceUnit::parseTimeSpan(QStringLiteral("soon")));
}
