#include "onvif_discovery.h"

#include "impl/soap_context.h"
#include "impl/wsdd_events.h"
#include "onvif_logging.h"

#include <QDeadlineTimer>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>

#include <cstring>

namespace pontive::onvif {

namespace {

constexpr auto kMulticastEndpoint = "soap.udp://239.255.255.250:3702";
constexpr auto kTypes = "dn:NetworkVideoTransmitter";
constexpr int kListenSliceUs = 100'000;

class DiscoverySession final : public impl::WsddHandler
{
public:
    DiscoverySession(QByteArray messageId, const OnvifDiscovery::FoundCallback &onFound)
        : m_messageId(std::move(messageId)), m_onFound(onFound)
    {
    }

    void onProbeMatches(struct soap *, const char *relatesTo, const wsdd__ProbeMatchesType *matches) override
    {
        // Matches for someone else's probe (another client on the segment) are not ours.
        if (!matches || (relatesTo && m_messageId != relatesTo)) {
            qCDebug(lcOnvif) << "ignoring ProbeMatches for" << relatesTo << "ours" << m_messageId;
            return;
        }
        for (int i = 0; i < matches->__sizeProbeMatch; ++i)
            add(matches->ProbeMatch[i]);
    }

    QList<DiscoveredDevice> devices;

private:
    void add(const wsdd__ProbeMatchType &match)
    {
        DiscoveredDevice device;
        device.endpointReference = QString::fromUtf8(match.wsa__EndpointReference.Address);
        device.types = QString::fromUtf8(match.Types);
        if (match.Scopes && match.Scopes->__item)
            device.scopes = QString::fromUtf8(match.Scopes->__item).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList xaddrs = QString::fromUtf8(match.XAddrs).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &xaddr : xaddrs)
            if (QUrl url(xaddr); url.isValid() && !url.host().isEmpty())
                device.xaddrs.append(url);
        if (device.xaddrs.isEmpty())
            return;
        const QString key = device.endpointReference.isEmpty() ? device.xaddrs.front().toString()
                                                               : device.endpointReference;
        for (const DiscoveredDevice &known : devices)
            if ((known.endpointReference.isEmpty() ? known.xaddrs.front().toString() : known.endpointReference) == key)
                return;
        qCDebug(lcOnvif) << "discovered" << key << device.xaddrs;
        devices.append(device);
        if (m_onFound)
            m_onFound(device);
    }

    QByteArray m_messageId;
    const OnvifDiscovery::FoundCallback &m_onFound;
};

QByteArray unicastEndpoint(const QString &host, quint16 defaultPort)
{
    // QUrl parses host, host:port and [v6]:port alike.
    const QUrl url(QStringLiteral("soap.udp://") + host.trimmed());
    const int port = url.port(defaultPort);
    return QStringLiteral("soap.udp://%1:%2").arg(url.host()).arg(port).toUtf8();
}

} // namespace

QStringList OnvifDiscovery::ipv4Interfaces()
{
    QStringList out;
    ifaddrs *list = nullptr;
    if (getifaddrs(&list) != 0)
        return out;
    for (ifaddrs *entry = list; entry; entry = entry->ifa_next) {
        if (!entry->ifa_addr || entry->ifa_addr->sa_family != AF_INET)
            continue;
        if (!(entry->ifa_flags & IFF_UP) || !(entry->ifa_flags & IFF_MULTICAST) || (entry->ifa_flags & IFF_LOOPBACK))
            continue;
        char text[INET_ADDRSTRLEN] = {};
        sockaddr_in address{};
        std::memcpy(&address, entry->ifa_addr, sizeof address);
        if (inet_ntop(AF_INET, &address.sin_addr, text, sizeof text) && !out.contains(QLatin1String(text)))
            out.append(QLatin1String(text));
    }
    freeifaddrs(list);
    return out;
}

Result<QList<DiscoveredDevice>> OnvifDiscovery::probe(const DiscoveryOptions &options, const std::atomic_bool *cancel,
                                                      const FoundCallback &onFound)
{
    impl::SoapContext context(OnvifClientOptions{}, impl::SoapContext::Kind::Udp);
    struct soap *soap = context.get();
    // Bind first: the probes go out from, and the matches come back to, this socket.
    if (!soap_valid_socket(soap_bind(soap, nullptr, 0, 16)))
        return fail(ErrorCode::Io, tr("Discovery cannot open a network socket."),
                    QStringLiteral("UDP bind failed, errno %1").arg(soap->errnum));
    const QByteArray messageId(soap_wsa_rand_uuid(soap));
    DiscoverySession session(messageId, onFound);
    soap->user = static_cast<impl::WsddHandler *>(&session);

    int sent = 0;
    if (options.multicast) {
        const QStringList interfaces =
            options.interfaceAddress.isEmpty() ? ipv4Interfaces() : QStringList{options.interfaceAddress};
        for (const QString &address : interfaces) {
            in_addr source{};
            if (inet_pton(AF_INET, address.toLatin1().constData(), &source) != 1)
                continue;
            soap->ipv4_multicast_if = reinterpret_cast<char *>(&source);
            soap->ipv4_multicast_ttl = 1;
            if (soap_wsdd_Probe(soap, SOAP_WSDD_ADHOC, SOAP_WSDD_TO_TS, kMulticastEndpoint, messageId.constData(),
                                nullptr, kTypes, nullptr, nullptr)
                == SOAP_OK)
                ++sent;
            else
                qCInfo(lcOnvif) << "multicast probe from" << address << "failed, errno" << soap->errnum;
            soap->ipv4_multicast_if = nullptr;
        }
    }
    for (const QString &host : options.unicastHosts) {
        const QByteArray endpoint = unicastEndpoint(host, options.port);
        if (soap_wsdd_Probe(soap, SOAP_WSDD_ADHOC, SOAP_WSDD_TO_TS, endpoint.constData(), messageId.constData(),
                            nullptr, kTypes, nullptr, nullptr)
            == SOAP_OK)
            ++sent;
        else
            qCInfo(lcOnvif) << "unicast probe to" << endpoint << "failed, errno" << soap->errnum;
    }
    if (sent == 0)
        return fail(ErrorCode::Unreachable, tr("No discovery probe could be sent."),
                    QStringLiteral("no usable IPv4 interface or unicast host"));

    const QDeadlineTimer deadline(options.duration);
    while (!deadline.hasExpired() && !(cancel && *cancel)) {
        const qint64 leftUs = std::min<qint64>(deadline.remainingTime() * 1000, kListenSliceUs);
        soap_wsdd_listen(soap, -static_cast<int>(std::max<qint64>(leftUs, 1000)));
    }
    qCDebug(lcOnvif) << "discovery sent" << sent << "probes, found" << session.devices.size();
    return session.devices;
}

} // namespace pontive::onvif
