#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace pontive::core {

// Runs `work` on `pool` and hands its result to `then` on the receiver's thread (dropped
// when the receiver is gone first).
template <class T, class Work, class Then>
void runThen(QThreadPool *pool, QObject *receiver, Work work, Then then)
{
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, then] {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

} // namespace pontive::core
