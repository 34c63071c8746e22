#include "onvif_sim_server.h"

#include "impl/sim_server_impl.h"
#include "impl/soap_context.h"
#include "onvif_logging.h"

#include "httpda.h"

#include <netinet/in.h>
#include <sys/socket.h>

namespace pontive::onvif {

namespace {

constexpr auto kLoopback = "127.0.0.1";

quint16 boundPort(int socket)
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    if (getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    return ntohs(address.sin_port);
}

} // namespace

OnvifSimServer::OnvifSimServer() : m_impl(std::make_unique<impl::SimServerImpl>()) {}

OnvifSimServer::~OnvifSimServer()
{
    stop();
}

Status OnvifSimServer::start(quint16 port, const QList<SimCameraConfig> &cameras, const OnvifCredentials &credentials)
{
    if (m_impl->running)
        return fail(ErrorCode::Refused, tr("The ONVIF simulator is already running."));
    m_impl->credentials = credentials;
    m_impl->cameras.clear();
    for (int i = 0; i < cameras.size(); ++i) {
        auto camera = std::make_unique<impl::SimCamera>();
        camera->index = i;
        camera->config = cameras[i];
        m_impl->cameras.push_back(std::move(camera));
    }
    struct soap *master = soap_new1(SOAP_IO_KEEPALIVE | SOAP_C_UTFSTRING);
    soap_set_namespaces(master, namespaces);  // impl/namespaces.cpp
    OnvifClientOptions limits;
    limits.maxReplyBytes = 1024 * 1024;
    impl::SoapContext::applyLimits(master, limits);
    master->bind_flags = SO_REUSEADDR;
    master->accept_timeout = -200'000;  // wake every 200 ms to notice stop()
    master->user = static_cast<impl::WsddHandler *>(m_impl.get());
    soap_register_plugin(master, http_da);
    if (!soap_valid_socket(soap_bind(master, kLoopback, port, 64))) {
        const QString detail = QStringLiteral("bind 127.0.0.1:%1 failed, errno %2").arg(port).arg(master->errnum);
        soap_destroy(master);  // the fault describing the error lives in the context
        soap_end(master);
        soap_free(master);
        return fail(ErrorCode::Io, tr("The ONVIF simulator cannot listen on port %1.").arg(port), detail);
    }
    m_impl->master = master;
    m_impl->port = boundPort(master->master);
    m_impl->running = true;
    m_impl->acceptThread = std::thread([impl = m_impl.get()] { impl->acceptLoop(); });
    qCInfo(lcOnvif) << "ONVIF simulator serving" << cameras.size() << "cameras on port" << m_impl->port;
    return {};
}

void OnvifSimServer::stop()
{
    if (m_impl->discovering.exchange(false) && m_impl->udpThread.joinable())
        m_impl->udpThread.join();
    if (m_impl->udp) {
        soap_destroy(m_impl->udp);
        soap_end(m_impl->udp);
        soap_free(m_impl->udp);
        m_impl->udp = nullptr;
    }
    if (!m_impl->running.exchange(false))
        return;
    if (m_impl->acceptThread.joinable())
        m_impl->acceptThread.join();
    m_impl->reapConnections(true);
    soap_destroy(m_impl->master);
    soap_end(m_impl->master);
    soap_free(m_impl->master);
    m_impl->master = nullptr;
    qCInfo(lcOnvif) << "ONVIF simulator on port" << m_impl->port << "stopped";
}

bool OnvifSimServer::isRunning() const
{
    return m_impl->running;
}

quint16 OnvifSimServer::port() const
{
    return m_impl->port;
}

int OnvifSimServer::cameraCount() const
{
    return static_cast<int>(m_impl->cameras.size());
}

QUrl OnvifSimServer::deviceUrl(int camera) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/onvif/cam/%2/device_service")
                    .arg(m_impl->port)
                    .arg(camera + 1, 3, 10, QLatin1Char('0')));
}

Status OnvifSimServer::enableDiscovery(quint16 port, const QString &address)
{
    if (m_impl->discovering)
        return {};
    struct soap *udp = soap_new1(SOAP_IO_UDP);
    soap_set_namespaces(udp, namespaces);
    udp->bind_flags = SO_REUSEADDR;
    udp->user = static_cast<impl::WsddHandler *>(m_impl.get());
    const QByteArray host = address.toUtf8();
    if (!soap_valid_socket(soap_bind(udp, host.constData(), port, 16))) {
        const QString detail = QStringLiteral("UDP bind %1:%2 failed, errno %3").arg(address).arg(port).arg(udp->errnum);
        soap_destroy(udp);
        soap_end(udp);
        soap_free(udp);
        return fail(ErrorCode::Io, tr("The ONVIF simulator cannot answer discovery on port %1.").arg(port), detail);
    }
    if (port == 3702) {
        // Real clients probe the multicast group; joining it is best effort.
        ip_mreq group{};
        group.imr_multiaddr.s_addr = htonl(0xEFFFFFFA);  // 239.255.255.250
        group.imr_interface.s_addr = htonl(INADDR_ANY);
        if (setsockopt(udp->master, IPPROTO_IP, IP_ADD_MEMBERSHIP, &group, sizeof group) != 0)
            qCInfo(lcOnvif) << "ONVIF simulator could not join the WS-Discovery multicast group";
    }
    m_impl->udp = udp;
    m_impl->udpPort = boundPort(udp->master);
    m_impl->discovering = true;
    m_impl->udpThread = std::thread([impl = m_impl.get()] { impl->discoveryLoop(); });
    return {};
}

quint16 OnvifSimServer::discoveryPort() const
{
    return m_impl->udpPort;
}

std::optional<PtzVector> OnvifSimServer::ptzState(int camera) const
{
    const impl::SimCamera *sim = m_impl->camera(camera);
    if (!sim)
        return std::nullopt;
    return sim->ptz.position();
}

bool OnvifSimServer::ptzMoving(int camera) const
{
    const impl::SimCamera *sim = m_impl->camera(camera);
    return sim && sim->ptz.isMoving();
}

int OnvifSimServer::requestCount() const
{
    return m_impl->requests;
}

QList<SimPtzRequest> OnvifSimServer::ptzRequests(int camera) const
{
    const impl::SimCamera *sim = m_impl->camera(camera);
    if (!sim)
        return {};
    std::lock_guard lock(sim->mutex);
    return sim->ptzLog;
}

void OnvifSimServer::clearPtzRequests(int camera)
{
    if (impl::SimCamera *sim = m_impl->camera(camera)) {
        std::lock_guard lock(sim->mutex);
        sim->ptzLog.clear();
    }
}

namespace {
template <class Apply>
void changeCamera(impl::SimServerImpl &server, int camera, Apply apply)
{
    if (impl::SimCamera *sim = server.camera(camera)) {
        std::lock_guard lock(sim->mutex);
        apply(sim->config);
    }
}
} // namespace

void OnvifSimServer::setClockSkew(int camera, std::chrono::seconds skew)
{
    changeCamera(*m_impl, camera, [&](SimCameraConfig &config) { config.clockSkew = skew; });
}

void OnvifSimServer::setStopUnsupported(int camera, bool on)
{
    changeCamera(*m_impl, camera, [&](SimCameraConfig &config) { config.stopUnsupported = on; });
}

void OnvifSimServer::setRejectTimeout(int camera, bool on)
{
    changeCamera(*m_impl, camera, [&](SimCameraConfig &config) { config.rejectTimeout = on; });
}

void OnvifSimServer::setUnreachableXAddrs(int camera, bool on)
{
    changeCamera(*m_impl, camera, [&](SimCameraConfig &config) { config.unreachableXAddrs = on; });
}

void OnvifSimServer::setAuthMode(int camera, SimAuthMode mode)
{
    changeCamera(*m_impl, camera, [&](SimCameraConfig &config) { config.authMode = mode; });
}

} // namespace pontive::onvif
