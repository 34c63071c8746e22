#include "impl/sim_server_impl.h"

#include "onvif_logging.h"

#include <netdb.h>
#include <sys/socket.h>

#include <cstring>

namespace pontive::onvif::impl {

namespace {
constexpr std::string_view kCameraPrefix = "/onvif/cam/";
constexpr auto kUnreachableHost = "192.0.2.1";  // TEST-NET-1: never routed
} // namespace

SimServerImpl::~SimServerImpl() = default;

SimCamera *SimServerImpl::camera(int index) const
{
    if (index < 0 || index >= static_cast<int>(cameras.size()))
        return nullptr;
    return cameras[static_cast<size_t>(index)].get();
}

SimCamera *SimServerImpl::cameraForPath(const char *path) const
{
    if (!path)
        return nullptr;
    const std::string_view view(path);
    const size_t at = view.find(kCameraPrefix);
    if (at == std::string_view::npos)
        return nullptr;
    int number = 0;
    size_t i = at + kCameraPrefix.size();
    for (; i < view.size() && view[i] >= '0' && view[i] <= '9' && number < 100000; ++i)
        number = number * 10 + (view[i] - '0');
    return camera(number - 1);
}

QString SimServerImpl::serviceUrl(const SimCamera &sim, const SimCameraConfig &config, const char *service) const
{
    const QString host = config.unreachableXAddrs ? QLatin1String(kUnreachableHost) : QStringLiteral("127.0.0.1");
    return QStringLiteral("http://%1:%2/onvif/cam/%3/%4")
        .arg(host)
        .arg(port)
        .arg(sim.index + 1, 3, 10, QLatin1Char('0'))
        .arg(QLatin1String(service));
}

void SimServerImpl::acceptLoop()
{
    while (running) {
        const SOAP_SOCKET socket = soap_accept(master);
        if (!soap_valid_socket(socket)) {
            if (master->errnum != 0 && running)
                qCWarning(lcOnvif) << "ONVIF simulator accept failed, errno" << master->errnum;
            reapConnections(false);
            continue;
        }
        struct soap *connection = soap_copy(master);
        if (!connection) {
            soap_force_closesock(master);
            continue;
        }
        auto done = std::make_shared<std::atomic_bool>(false);
        std::lock_guard lock(connectionsMutex);
        Connection entry;
        entry.socket = socket;
        entry.done = done;
        entry.thread = std::thread([this, connection, done] {
            serve(connection);
            *done = true;
        });
        connections.push_back(std::move(entry));
        master->socket = SOAP_INVALID_SOCKET;  // the copy owns it now
    }
}

void SimServerImpl::serve(struct soap *connection)
{
    soap_serve(connection);
    soap_destroy(connection);
    soap_end(connection);
    soap_free(connection);
}

void SimServerImpl::reapConnections(bool all)
{
    std::list<Connection> finished;
    {
        std::lock_guard lock(connectionsMutex);
        for (auto it = connections.begin(); it != connections.end();) {
            if (all || *it->done) {
                if (all && !*it->done)
                    ::shutdown(it->socket, SHUT_RDWR);  // wakes a thread blocked in recv
                finished.splice(finished.end(), connections, it++);
            } else {
                ++it;
            }
        }
    }
    for (Connection &connection : finished)
        connection.thread.join();
}

void SimServerImpl::discoveryLoop()
{
    while (discovering) {
        // Returns after 200 ms without traffic; handlers run inside.
        soap_wsdd_listen(udp, -200'000);
    }
}

soap_wsdd_mode SimServerImpl::onProbe(struct soap *soap, const char *messageId, const char *types)
{
    // An empty Types matches everything; otherwise we only are video transmitters.
    if (types && *types && !std::strstr(types, "NetworkVideoTransmitter") && !std::strstr(types, "Device"))
        return SOAP_WSDD_ADHOC;
    char host[NI_MAXHOST];
    char service[NI_MAXSERV];
    if (getnameinfo(reinterpret_cast<const sockaddr *>(&soap->peer), static_cast<socklen_t>(soap->peerlen), host,
                    sizeof host, service, sizeof service, NI_DGRAM | NI_NUMERICHOST | NI_NUMERICSERV)
        != 0)
        return SOAP_WSDD_ADHOC;

    // Reply from a separate context: the listening one is mid-request.
    struct soap *reply = soap_new1(SOAP_IO_UDP);
    reply->send_timeout = 1;
    wsdd__ProbeMatchesType matches;
    soap_wsdd_init_ProbeMatches(reply, &matches);
    for (const auto &sim : cameras) {
        const SimCameraConfig config = sim->snapshot();
        const QByteArray endpoint = QStringLiteral("urn:uuid:5a1c0000-0000-4000-8000-%1")
                                        .arg(sim->index + 1, 12, 10, QLatin1Char('0'))
                                        .toUtf8();
        const QByteArray scopes =
            (QStringLiteral("onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/hardware/")
             + QString(config.model).replace(QLatin1Char(' '), QLatin1Char('_'))
             + QStringLiteral(" onvif://www.onvif.org/name/")
             + QString(config.name).replace(QLatin1Char(' '), QLatin1Char('_')))
                .toUtf8();
        const QByteArray xaddr = serviceUrl(*sim, config, "device_service").toUtf8();
        // wsddapi keeps the pointers until the send: copy into the reply's arena.
        soap_wsdd_add_ProbeMatch(reply, &matches, soap_strdup(reply, endpoint.constData()),
                                 "dn:NetworkVideoTransmitter", soap_strdup(reply, scopes.constData()), nullptr,
                                 soap_strdup(reply, xaddr.constData()), 1);
    }
    const QByteArray to = QStringLiteral("soap.udp://%1:%2").arg(QLatin1String(host), QLatin1String(service)).toUtf8();
    if (soap_wsdd_ProbeMatches(reply, to.constData(), soap_wsa_rand_uuid(reply), messageId, nullptr, &matches) != SOAP_OK)
        qCInfo(lcOnvif) << "ONVIF simulator could not answer a probe from" << host << service;
    soap_destroy(reply);
    soap_end(reply);
    soap_free(reply);
    return SOAP_WSDD_ADHOC;
}

} // namespace pontive::onvif::impl
