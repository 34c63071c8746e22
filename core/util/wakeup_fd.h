#pragma once

namespace pontive::core {

// An eventfd doorbell: any thread rings it without taking a lock, the owner's thread
// watches fd() (a QSocketNotifier) and drains it. Used instead of posting a Qt event from
// a streaming thread: posting holds the receiver thread's event-queue lock across an
// allocation and a syscall, and a nice-10 streaming thread preempted there held the GUI
// thread up for tens of ms.
class WakeupFd
{
public:
    WakeupFd();
    ~WakeupFd();
    WakeupFd(const WakeupFd &) = delete;
    WakeupFd &operator=(const WakeupFd &) = delete;

    // False when the kernel gave no descriptor (the process ran out of them).
    bool isValid() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    // Any thread; wakes the watcher at least once after this call.
    void ring() noexcept;
    // The watcher: consumes every ring so far.
    void drain() noexcept;

private:
    int m_fd;
};

} // namespace pontive::core
