#include "catch_qt.h"

#include "util/latest_result_watcher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using pontive::core::LatestResultWatcher;

namespace {

// Runs the event loop until `done` holds, for a minute at most.
template <typename Condition>
bool waitFor(Condition done)
{
    QDeadlineTimer deadline(60'000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

TEST_CASE("the latest result watcher hands on the newest result and drops one it superseded", "[util]")
{
    // The older query holds a pool thread while the newer one runs: two threads at least,
    // even on a one-core machine.
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->setMaxThreadCount(std::max(pool->maxThreadCount(), 2));
    std::vector<int> delivered;
    auto release = std::make_shared<QSemaphore>();
    auto oldFinished = std::make_shared<std::atomic<bool>>(false);
    LatestResultWatcher<int> watcher([&](const int &value) { delivered.push_back(value); });

    // The older query is still running when the newer one starts, and ends after it.
    watcher.run([release, oldFinished] {
        release->acquire();
        oldFinished->store(true);
        return 1;
    });
    watcher.run([] { return 2; });
    REQUIRE(waitFor([&] { return !delivered.empty(); }));
    release->release();
    REQUIRE(waitFor([&] { return oldFinished->load(); }));
    watcher.waitForAll();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    CHECK(delivered == std::vector<int>{2});

    // One that finished before the next started was handed on in its turn.
    watcher.run([] { return 3; });
    REQUIRE(waitFor([&] { return delivered.size() == 2; }));
    CHECK(delivered.back() == 3);
}

TEST_CASE("destroying the latest result watcher waits for every query it started, superseded ones too", "[util]")
{
    auto release = std::make_shared<QSemaphore>();
    auto started = std::make_shared<QSemaphore>();
    auto supersededDone = std::make_shared<std::atomic<bool>>(false);
    auto newestDone = std::make_shared<std::atomic<bool>>(false);
    int delivered = 0;
    std::thread releaser;
    {
        LatestResultWatcher<int> watcher([&](const int &) { ++delivered; });
        watcher.run([release, started, supersededDone] {
            started->release();
            release->acquire();
            QThread::msleep(100);   // still busy well after the owner began to go away
            supersededDone->store(true);
            return 1;
        });
        started->acquire();   // running on a pool thread, not merely queued
        watcher.run([newestDone] {
            newestDone->store(true);
            return 2;
        });
        // Let the superseded query go on while the watcher is being destroyed.
        releaser = std::thread([release] { release->release(); });
    }
    CHECK(supersededDone->load());
    CHECK(newestDone->load());
    releaser.join();
    QCoreApplication::processEvents();
    CHECK(delivered == 0);   // nothing is handed on once the watcher is gone
}
