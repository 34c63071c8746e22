#include "wakeup_fd.h"

#include <cstdint>

#include <sys/eventfd.h>
#include <unistd.h>

namespace pontive::core {

WakeupFd::WakeupFd() : m_fd(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

WakeupFd::~WakeupFd()
{
    if (m_fd >= 0)
        close(m_fd);
}

void WakeupFd::ring() noexcept
{
    const std::uint64_t one = 1;
    // EAGAIN only when the counter is saturated: it is readable then anyway.
    [[maybe_unused]] const auto written = write(m_fd, &one, sizeof one);
}

void WakeupFd::drain() noexcept
{
    std::uint64_t count = 0;
    [[maybe_unused]] const auto read = ::read(m_fd, &count, sizeof count);
}

} // namespace pontive::core
