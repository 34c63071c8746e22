#pragma once

#include "error.h"
#include "onvif_types.h"

#include <QCoreApplication>
#include <QSize>

#include <chrono>
#include <memory>

namespace pontive::onvif {

namespace impl {
struct SimServerImpl;
}

enum class SimAuthMode {
    Any,         // a valid WS-UsernameToken or HTTP digest
    WsseOnly,    // only WS-UsernameToken digest
    DigestOnly,  // only HTTP digest; tokens are ignored
};

struct SimCameraConfig {
    QString name;
    QString manufacturer = QStringLiteral("Pontive");
    QString model = QStringLiteral("SimCam PTZ");
    bool ptz = true;
    bool media2 = true;                   // false: a Media-only (older) camera
    bool getServices = true;              // false: only GetCapabilities (ONVIF 1.x)
    QUrl mainStreamUri;                   // what GetStreamUri answers
    QUrl subStreamUri;
    QSize mainSize{1920, 1080};
    QSize subSize{640, 360};
    std::chrono::seconds clockSkew{0};    // camera clock = real clock + skew
    bool stopUnsupported = false;         // Stop answers a fault
    bool rejectTimeout = false;           // ContinuousMove with Timeout answers a fault
    bool unreachableXAddrs = false;       // service addresses point at 192.0.2.1 (TEST-NET)
    SimAuthMode authMode = SimAuthMode::Any;
};

// One PTZ request as the simulated camera received it, for tests and benchmarks.
struct SimPtzRequest {
    QString operation;                              // ContinuousMove, Stop, GotoPreset, ...
    PtzVector velocity;                             // ContinuousMove only
    std::optional<std::chrono::milliseconds> timeout;  // ContinuousMove only
    std::chrono::steady_clock::time_point at;       // when the camera handled it
};

// ONVIF Device, Media, Media2 and PTZ for N simulated cameras on one loopback HTTP port.
// Camera i (0-based) lives under /onvif/cam/NNN/ with NNN = i + 1 zero-padded to three
// digits: device_service, media_service, media2_service, ptz_service. All paths go to the
// same dispatcher; the path only selects the camera. Every connection is served on its
// own thread; the accept loop has one more. Optionally answers WS-Discovery probes on UDP.
class OnvifSimServer
{
    Q_DECLARE_TR_FUNCTIONS(OnvifSimServer)
public:
    static constexpr std::chrono::seconds kTokenWindow{300};  // around wsu:Created

    OnvifSimServer();
    ~OnvifSimServer();  // stops
    OnvifSimServer(const OnvifSimServer &) = delete;
    OnvifSimServer &operator=(const OnvifSimServer &) = delete;

    // Binds 127.0.0.1:port (0 = any free port) and starts serving.
    Status start(quint16 port, const QList<SimCameraConfig> &cameras, const OnvifCredentials &credentials);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    int cameraCount() const;
    QUrl deviceUrl(int camera) const;

    // Answers Probe for dn:NetworkVideoTransmitter on UDP `address`:`port` (0 = any free
    // port; 3702 plus the multicast group is what real clients use).
    Status enableDiscovery(quint16 port = 3702, const QString &address = QStringLiteral("127.0.0.1"));
    quint16 discoveryPort() const;

    // Thread-safe: for the simulator's video and for tests.
    std::optional<PtzVector> ptzState(int camera) const;
    bool ptzMoving(int camera) const;
    int requestCount() const;
    // The PTZ requests camera `camera` accepted, oldest first (faulted ones are not kept).
    QList<SimPtzRequest> ptzRequests(int camera) const;
    void clearPtzRequests(int camera);

    // Behaviour switches, effective from the next request.
    void setClockSkew(int camera, std::chrono::seconds skew);
    void setStopUnsupported(int camera, bool on);
    void setRejectTimeout(int camera, bool on);
    void setUnreachableXAddrs(int camera, bool on);
    void setAuthMode(int camera, SimAuthMode mode);

private:
    std::unique_ptr<impl::SimServerImpl> m_impl;
};

} // namespace pontive::onvif
