#pragma once

#include "impl/wsdd_events.h"
#include "onvif_sim_server.h"
#include "sim_ptz_model.h"

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pontive::onvif::impl {

struct SimCamera {
    int index = 0;
    mutable std::mutex mutex;
    SimCameraConfig config;  // guarded by mutex
    SimPtzModel ptz;
    QList<SimPtzRequest> ptzLog;  // guarded by mutex

    void logPtz(const QString &operation, const PtzVector &velocity = {},
                std::optional<std::chrono::milliseconds> timeout = std::nullopt)
    {
        std::lock_guard lock(mutex);
        ptzLog.append({operation, velocity, timeout, std::chrono::steady_clock::now()});
    }

    SimCameraConfig snapshot() const
    {
        std::lock_guard lock(mutex);
        return config;
    }
};

struct SimServerImpl final : WsddHandler {
    ~SimServerImpl() override;

    // Who a SOAP request is for: the /onvif/cam/NNN/ part of its path.
    SimCamera *cameraForPath(const char *path) const;
    QString serviceUrl(const SimCamera &camera, const SimCameraConfig &config, const char *service) const;
    SimCamera *camera(int index) const;

    void acceptLoop();
    void serve(struct soap *connection);
    void reapConnections(bool all);
    void discoveryLoop();
    soap_wsdd_mode onProbe(struct soap *soap, const char *messageId, const char *types) override;

    OnvifCredentials credentials;
    std::vector<std::unique_ptr<SimCamera>> cameras;
    std::atomic_bool running{false};
    std::atomic_int requests{0};
    struct soap *master = nullptr;
    quint16 port = 0;
    std::thread acceptThread;

    struct Connection {
        std::thread thread;
        int socket = -1;
        std::shared_ptr<std::atomic_bool> done;
    };
    std::mutex connectionsMutex;
    std::list<Connection> connections;

    struct soap *udp = nullptr;
    quint16 udpPort = 0;
    std::atomic_bool discovering{false};
    std::thread udpThread;
};

inline SimServerImpl *simServer(struct soap *soap)
{
    return static_cast<SimServerImpl *>(wsddHandler(soap));
}

} // namespace pontive::onvif::impl
