#include "catch_qt.h"

#include "util/worker_pool.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>

using pontive::core::WorkerPool;

TEST_CASE("the worker pool runs every job off the posting thread, on several threads at once")
{
    constexpr int kJobs = 40;
    std::atomic<int> done{0};
    std::atomic<int> running{0};
    std::atomic<int> mostAtOnce{0};
    std::mutex mutex;
    std::set<std::thread::id> threads;
    {
        WorkerPool pool(3, "test-pool");
        for (int i = 0; i < kJobs; ++i) {
            pool.post([&] {
                const int now = ++running;
                int seen = mostAtOnce.load();
                while (now > seen && !mostAtOnce.compare_exchange_weak(seen, now)) {
                }
                {
                    std::lock_guard lock(mutex);
                    threads.insert(std::this_thread::get_id());
                }
                // Long enough that a second thread takes the next job meanwhile.
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                --running;
                ++done;
            });
        }
        pool.drain();
        CHECK(done.load() == kJobs); // drain() returned only after every job ran
    }
    CHECK(threads.count(std::this_thread::get_id()) == 0);
    CHECK(threads.size() > 1);
    CHECK(mostAtOnce.load() > 1);
    CHECK(mostAtOnce.load() <= 3);
}

TEST_CASE("the worker pool finishes its queue before it is destroyed")
{
    std::atomic<int> done{0};
    {
        WorkerPool pool(1, "test-pool");
        for (int i = 0; i < 10; ++i)
            pool.post([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                ++done;
            });
    }
    CHECK(done.load() == 10);
}
