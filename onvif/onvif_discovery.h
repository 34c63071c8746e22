#pragma once

#include "error.h"
#include "onvif_types.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace pontive::onvif {

struct DiscoveryOptions {
    std::chrono::milliseconds duration{3000};
    bool multicast = true;
    QString interfaceAddress;   // one IPv4 address to probe from; empty = every IPv4 interface
    QStringList unicastHosts;   // "host" or "host:port", probed directly (fallback where
                                // multicast does not reach, e.g. routed networks, tests)
    quint16 port = 3702;        // for unicast hosts without a port
};

// WS-Discovery (2005/04, as ONVIF uses): one Probe for dn:NetworkVideoTransmitter per
// IPv4 interface to 239.255.255.250:3702 plus unicast probes, then ProbeMatches are
// collected until the duration ends or `cancel` becomes true (checked every 100 ms).
// Blocking: run it on a worker thread (AsyncOnvifDiscovery does).
class OnvifDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(OnvifDiscovery)
public:
    using FoundCallback = std::function<void(const DiscoveredDevice &)>;

    static Result<QList<DiscoveredDevice>> probe(const DiscoveryOptions &options,
                                                 const std::atomic_bool *cancel = nullptr,
                                                 const FoundCallback &onFound = {});
    // The IPv4 addresses of the interfaces that are up and can multicast.
    static QStringList ipv4Interfaces();
};

} // namespace pontive::onvif
