#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace pontive::core {

// A fixed set of threads that run queued jobs in order of arrival, for work that may block
// (GStreamer state changes that wait on a camera) and so must never run on the GUI thread.
// The destructor finishes the queue before it returns.
class WorkerPool
{
public:
    using Job = std::function<void()>;

    // `name` (at most 15 characters) names the threads in top, perf and gdb; `onStart`
    // runs first in each thread.
    WorkerPool(int threads, const char *name, const Job &onStart = {});
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void post(Job job);
    // Blocks until every job posted so far has run.
    void drain();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_queue;
    int m_busy = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace pontive::core
