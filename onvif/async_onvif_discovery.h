#pragma once

#include "onvif_discovery.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace pontive::onvif {

// Runs OnvifDiscovery::probe on a worker thread: deviceFound as matches arrive (for a
// progress list), then finished. cancel() ends the probe within ~100 ms.
class AsyncOnvifDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit AsyncOnvifDiscovery(QObject *parent = nullptr);
    ~AsyncOnvifDiscovery() override;  // cancels and waits

    // Ignored while a probe is running.
    void start(const DiscoveryOptions &options);
    void cancel();
    bool isRunning() const;

signals:
    void deviceFound(const pontive::onvif::DiscoveredDevice &device);
    // `error` is empty on success; devices holds everything found before the end.
    void finished(const QList<pontive::onvif::DiscoveredDevice> &devices, const QString &error);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace pontive::onvif
