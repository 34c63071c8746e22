#include "worker_pool.h"

#include <pthread.h>

namespace pontive::core {

WorkerPool::WorkerPool(int threads, const char *name, const Job &onStart)
{
    for (int i = 0; i < threads; ++i) {
        m_threads.emplace_back([this, onStart] {
            if (onStart)
                onStart();
            run();
        });
        pthread_setname_np(m_threads.back().native_handle(), name);
    }
}

WorkerPool::~WorkerPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void WorkerPool::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void WorkerPool::drain()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && m_busy == 0; });
}

void WorkerPool::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) {
            if (m_stopping)
                return;
            continue;
        }
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_busy;
        lock.unlock();
        job();
        job = nullptr; // what the job holds goes now, outside the lock
        lock.lock();
        --m_busy;
        if (m_queue.empty() && m_busy == 0)
            m_idle.notify_all();
    }
}

} // namespace pontive::core
