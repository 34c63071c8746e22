#pragma once

#include "error.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace pontive::core {

// Runs queries on the global thread pool and hands on only the newest result: a query
// started while an older one still runs supersedes it (the older result is dropped).
// `onResult` is called in the thread that owns the watcher, from its event loop.
// Destruction waits for every query it started, the superseded ones too, so no pool thread
// runs a query once the owner is gone. Not a QObject (a template cannot declare signals):
// QObject owners keep it as a member and emit their own signals from `onResult`.
template <typename T>
class LatestResultWatcher
{
public:
    explicit LatestResultWatcher(std::function<void(const T &)> onResult) : m_onResult(std::move(onResult))
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, &m_watcher,
                         [this] { m_onResult(m_watcher.result()); });
    }

    ~LatestResultWatcher()
    {
        m_watcher.disconnect();
        waitForAll();
    }

    LatestResultWatcher(const LatestResultWatcher &) = delete;
    LatestResultWatcher &operator=(const LatestResultWatcher &) = delete;

    // `query` runs on a pool thread and returns a T; it must not capture the owner.
    template <typename Query>
    void run(Query &&query)
    {
        m_started.removeIf([](const QFuture<T> &f) { return f.isFinished(); });
        QFuture<T> future = QtConcurrent::run(std::forward<Query>(query));
        m_started.append(future);
        m_watcher.setFuture(future);
    }

    // Blocks until every query started so far has finished.
    void waitForAll()
    {
        for (QFuture<T> &f : m_started)
            f.waitForFinished();
        m_started.clear();
    }

private:
    std::function<void(const T &)> m_onResult;
    QFutureWatcher<T> m_watcher;
    QList<QFuture<T>> m_started;
};

// The usual `onResult` for a loader of Result<V>: emits the owner's `loaded(value)` or
// `failed(error)` signal.
template <typename Owner, typename V>
std::function<void(const Result<V> &)> resultEmitter(Owner *owner, void (Owner::*loaded)(const V &),
                                                     void (Owner::*failed)(const pontive::Error &))
{
    return [owner, loaded, failed](const Result<V> &result) {
        if (result)
            (owner->*loaded)(*result);
        else
            (owner->*failed)(result.error());
    };
}

} // namespace pontive::core
