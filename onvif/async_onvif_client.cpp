#include "async_onvif_client.h"

#include "onvif_logging.h"

namespace pontive::onvif {

AsyncOnvifClient::AsyncOnvifClient(QUrl deviceUrl, OnvifCredentials credentials, OnvifClientOptions options,
                                   QObject *parent)
    : QObject(parent),
      m_client(std::make_shared<OnvifClient>(std::move(deviceUrl), std::move(credentials), options))
{
    qRegisterMetaType<pontive::onvif::OnvifQuirks>();
    m_thread.setObjectName(QStringLiteral("onvif-client"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AsyncOnvifClient::~AsyncOnvifClient()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void AsyncOnvifClient::post(std::function<void(OnvifClient &)> job)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, client = m_client, job = std::move(job)] {
            // Shutting down: skip the remaining queue instead of waiting on cameras.
            if (!QThread::currentThread()->isInterruptionRequested())
                job(*client);
            if (--m_pending == 0)
                QMetaObject::invokeMethod(this, &AsyncOnvifClient::idle, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void AsyncOnvifClient::setQuirks(const OnvifQuirks &quirks)
{
    post([this, quirks](OnvifClient &client) {
        m_quirks = quirks;
        client.setQuirks(quirks);
    });
}

void AsyncOnvifClient::noteQuirks(const OnvifQuirks &quirks)
{
    if (quirks == m_quirks)
        return;
    m_quirks = quirks;
    qCInfo(lcOnvif) << "camera quirks changed: stop unsupported" << quirks.stopUnsupported << "timeout rejected"
                    << quirks.timeoutRejected;
    emit quirksChanged(quirks);
}

} // namespace pontive::onvif
