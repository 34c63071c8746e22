#pragma once

#include "onvif_client.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace pontive::onvif {

// Runs an OnvifClient on its own worker thread so the GUI never waits on a camera.
// Jobs run in order, one at a time; each result is delivered as a queued call in the
// thread of the `receiver` object (dropped if the receiver is gone by then), which is
// what a signal/slot connection would do, without a signal per operation type.
class AsyncOnvifClient : public QObject
{
    Q_OBJECT
public:
    AsyncOnvifClient(QUrl deviceUrl, OnvifCredentials credentials, OnvifClientOptions options = {},
                     QObject *parent = nullptr);
    ~AsyncOnvifClient() override;  // waits for the running job, drops queued ones

    // job(client) runs on the worker; done(result) runs in receiver's thread.
    template <class Job, class Done>
    void run(QObject *receiver, Job job, Done done)
    {
        // `this` outlives every job: the destructor joins the worker thread.
        post([this, job = std::move(job), done = std::move(done),
              receiver = QPointer<QObject>(receiver)](OnvifClient &client) mutable {
            auto result = job(client);
            noteQuirks(client.quirks());
            if (receiver)
                QMetaObject::invokeMethod(receiver.data(),
                                          [done = std::move(done), result = std::move(result)]() mutable {
                                              done(std::move(result));
                                          },
                                          Qt::QueuedConnection);
        });
    }

    // Quirks remembered from an earlier session (applied before the next job).
    void setQuirks(const OnvifQuirks &quirks);
    // Jobs posted but not finished yet.
    int pending() const { return m_pending; }

signals:
    // A fallback was learned (Stop or Timeout); persist it with the camera.
    void quirksChanged(const pontive::onvif::OnvifQuirks &quirks);
    void idle();

private:
    void post(std::function<void(OnvifClient &)> job);
    void noteQuirks(const OnvifQuirks &quirks);

    QThread m_thread;
    QObject *m_worker = nullptr;  // lives in m_thread, owns the client
    std::shared_ptr<OnvifClient> m_client;
    std::atomic_int m_pending{0};
    OnvifQuirks m_quirks;         // touched on the worker thread only
};

} // namespace pontive::onvif
