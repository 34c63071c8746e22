#include "catch_qt.h"
#include "camsim_process.h"

#include "media/session_waker.h"
#include "media/wake_queue.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace pontive::core::gst;
using namespace std::chrono_literals;
using pontive::test::waitUntil;

TEST_CASE("64 sessions pushing at once ring the owner's descriptor once, and it gets every key in order",
          "[media][wake]")
{
    WakeQueue queue;
    REQUIRE(queue.isValid());
    std::thread pusher([&] {
        for (WakeQueue::Key key = 1; key <= 64; ++key)
            queue.push(key);
    });
    pusher.join();
    // The eventfd's counter: the number of rings since the last drain.
    std::uint64_t rings = 0;
    REQUIRE(::read(queue.fd(), &rings, sizeof rings) == sizeof rings);
    CHECK(rings == 1);

    std::vector<WakeQueue::Key> keys;
    queue.takeAll(keys);
    REQUIRE(keys.size() == 64);
    for (std::size_t i = 0; i < keys.size(); ++i)
        CHECK(keys[i] == i + 1);
    queue.takeAll(keys);
    CHECK(keys.empty());
    // The next push after a take rings again.
    queue.push(7);
    REQUIRE(::read(queue.fd(), &rings, sizeof rings) == sizeof rings);
    CHECK(rings == 1);
}

TEST_CASE("8 threads waiting each on its own wake-up never lose one", "[media][wake]")
{
    // Each thread pushes its key and waits until its session was called before pushing
    // again: a ring lost between the owner's take and its drain would stall that thread.
    SessionWaker waker(std::chrono::milliseconds(0));
    REQUIRE(waker.isValid());
    constexpr int kThreads = 8;
    constexpr int kRounds = 400;
    std::vector<std::atomic<int>> calls(kThreads);
    std::vector<WakeQueue::Key> keys;
    for (int t = 0; t < kThreads; ++t)
        keys.push_back(waker.enrol([&calls, t] { calls[t].fetch_add(1); }));
    std::atomic<int> stalled{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int round = 1; round <= kRounds; ++round) {
                waker.queue()->push(keys[t]);
                const auto deadline = std::chrono::steady_clock::now() + 5s;
                while (calls[t].load() < round) {
                    if (std::chrono::steady_clock::now() > deadline) {
                        stalled.fetch_add(1);
                        return;
                    }
                    std::this_thread::yield();
                }
            }
        });
    const bool done = waitUntil(
        [&] {
            for (int t = 0; t < kThreads; ++t)
                if (calls[t].load() < kRounds && stalled.load() == 0)
                    return false;
            return true;
        },
        60s);
    for (auto &thread : threads)
        thread.join();
    CHECK(done);
    CHECK(stalled.load() == 0);
    for (int t = 0; t < kThreads; ++t)
        CHECK(calls[t].load() == kRounds);
}

TEST_CASE("a session that left is not called, and one may leave while the others are being called",
          "[media][wake]")
{
    SessionWaker waker(std::chrono::milliseconds(0));
    REQUIRE(waker.isValid());
    int firstCalls = 0;
    int secondCalls = 0;
    int thirdCalls = 0;
    WakeQueue::Key second = 0;
    WakeQueue::Key first = 0;
    first = waker.enrol([&] {
        ++firstCalls;
        waker.leave(first);  // itself, while it runs
        waker.leave(second); // and the next one in this pass
    });
    second = waker.enrol([&] { ++secondCalls; });
    const WakeQueue::Key third = waker.enrol([&] { ++thirdCalls; });
    waker.queue()->push(first);
    waker.queue()->push(second);
    waker.queue()->push(third);
    REQUIRE(waitUntil([&] { return thirdCalls == 1; }, 2s));
    CHECK(firstCalls == 1);
    CHECK(secondCalls == 0);

    waker.queue()->push(first);
    waker.queue()->push(third);
    REQUIRE(waitUntil([&] { return thirdCalls == 2; }, 2s));
    CHECK(firstCalls == 1);
    CHECK(secondCalls == 0);
}

TEST_CASE("after a pass the waker rests: what is pushed meanwhile waits and then comes in one pass", "[media][wake]")
{
    SessionWaker waker(std::chrono::milliseconds(1000));
    REQUIRE(waker.isValid());
    std::vector<int> calls;
    const WakeQueue::Key one = waker.enrol([&] { calls.push_back(1); });
    const WakeQueue::Key two = waker.enrol([&] { calls.push_back(2); });
    const WakeQueue::Key three = waker.enrol([&] { calls.push_back(3); });
    waker.queue()->push(one);
    REQUIRE(waitUntil([&] { return !calls.empty(); }, 2s));
    CHECK(calls == std::vector<int>{1});

    // Resting: ready events are handled, the pushes are not.
    waker.queue()->push(two);
    waker.queue()->push(three);
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    CHECK(calls == std::vector<int>{1});
    REQUIRE(waitUntil([&] { return calls.size() == 3; }, 5s));
    CHECK(calls == std::vector<int>{1, 2, 3});
}
