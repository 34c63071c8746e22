#include "async_onvif_discovery.h"

namespace pontive::onvif {

AsyncOnvifDiscovery::AsyncOnvifDiscovery(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<pontive::onvif::DiscoveredDevice>();
}

AsyncOnvifDiscovery::~AsyncOnvifDiscovery()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool AsyncOnvifDiscovery::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AsyncOnvifDiscovery::start(const DiscoveryOptions &options)
{
    if (isRunning())
        return;
    delete m_thread;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // Signals are emitted from the worker; Qt queues them to receivers in their threads.
    m_thread = QThread::create([this, options, cancel = m_cancel] {
        auto result = OnvifDiscovery::probe(options, cancel.get(),
                                            [this](const DiscoveredDevice &device) { emit deviceFound(device); });
        if (result)
            emit finished(*result, {});
        else
            emit finished({}, result.error().fullText());
    });
    m_thread->setObjectName(QStringLiteral("onvif-discovery"));
    m_thread->start();
}

void AsyncOnvifDiscovery::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

} // namespace pontive::onvif
