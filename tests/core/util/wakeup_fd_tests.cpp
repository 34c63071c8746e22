#include "catch_qt.h"

#include "util/wakeup_fd.h"

#include <fcntl.h>
#include <poll.h>

#include <thread>
#include <vector>

using pontive::core::WakeupFd;

namespace {
bool readable(const WakeupFd &bell)
{
    pollfd entry{bell.fd(), POLLIN, 0};
    return poll(&entry, 1, 0) == 1 && (entry.revents & POLLIN);
}
} // namespace

TEST_CASE("a wakeup descriptor rung from many threads is readable until drained, then quiet", "[util][wakeup]")
{
    WakeupFd bell;
    REQUIRE(bell.isValid());
    CHECK_FALSE(readable(bell));
    std::vector<std::thread> ringers;
    for (int i = 0; i < 8; ++i)
        ringers.emplace_back([&bell] {
            for (int n = 0; n < 1000; ++n)
                bell.ring();
        });
    for (std::thread &ringer : ringers)
        ringer.join();
    CHECK(readable(bell));
    bell.drain(); // every ring so far at once
    CHECK_FALSE(readable(bell));
    bell.drain(); // nothing to drain: does not block
    CHECK_FALSE(readable(bell));
    bell.ring();
    CHECK(readable(bell));
}

TEST_CASE("a wakeup descriptor is not inherited by child processes", "[util][wakeup]")
{
    WakeupFd bell;
    REQUIRE(bell.isValid());
    CHECK((fcntl(bell.fd(), F_GETFD) & FD_CLOEXEC) != 0);
    CHECK((fcntl(bell.fd(), F_GETFL) & O_NONBLOCK) != 0); // drain() never blocks the GUI thread
}
