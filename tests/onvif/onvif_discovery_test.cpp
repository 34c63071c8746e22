#include "async_onvif_discovery.h"
#include "sim_fixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace pontive::onvif;
using namespace std::chrono_literals;

TEST_CASE("unicast discovery finds every simulated camera with its device address", "[onvif][discovery]")
{
    SimFixture sim({SimFixture::camera(QStringLiteral("North")), SimFixture::camera(QStringLiteral("South"))});
    REQUIRE(sim.server.enableDiscovery(0).has_value());
    DiscoveryOptions options;
    options.multicast = false;
    options.duration = 1s;
    options.unicastHosts = {QStringLiteral("127.0.0.1:%1").arg(sim.server.discoveryPort())};
    QElapsedTimer timer;
    timer.start();
    auto found = OnvifDiscovery::probe(options);
    CHECK(timer.elapsed() < 2500);
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 2);
    QList<QUrl> addresses;
    for (const DiscoveredDevice &device : *found) {
        CHECK(device.types.contains(QStringLiteral("NetworkVideoTransmitter")));
        CHECK(device.endpointReference.startsWith(QStringLiteral("urn:uuid:")));
        REQUIRE(device.xaddrs.size() == 1);
        addresses.append(device.xaddrs.front());
    }
    CHECK(addresses.contains(sim.server.deviceUrl(0)));
    CHECK(addresses.contains(sim.server.deviceUrl(1)));
    CHECK(found->front().scopes.join(QLatin1Char(' ')).contains(QStringLiteral("name/")));
}

TEST_CASE("a discovery that nobody answers ends after its duration with no devices", "[onvif][discovery]")
{
    DiscoveryOptions options;
    options.multicast = false;
    options.duration = 300ms;
    options.unicastHosts = {QStringLiteral("127.0.0.1:9")};  // discard port: silence
    auto found = OnvifDiscovery::probe(options);
    REQUIRE(found.has_value());
    CHECK(found->isEmpty());
}

TEST_CASE("a running discovery can be cancelled and reports by signal", "[onvif][discovery]")
{
    SimFixture sim;
    REQUIRE(sim.server.enableDiscovery(0).has_value());
    AsyncOnvifDiscovery discovery;
    QSignalSpy found(&discovery, &AsyncOnvifDiscovery::deviceFound);
    QSignalSpy finished(&discovery, &AsyncOnvifDiscovery::finished);
    DiscoveryOptions options;
    options.multicast = false;
    options.duration = 20s;
    options.unicastHosts = {QStringLiteral("127.0.0.1:%1").arg(sim.server.discoveryPort())};
    discovery.start(options);
    REQUIRE(found.wait(3000));
    QElapsedTimer timer;
    timer.start();
    discovery.cancel();
    REQUIRE(finished.wait(2000));
    CHECK(timer.elapsed() < 1000);
    CHECK(finished.front().at(1).toString().isEmpty());
    CHECK(finished.front().front().value<QList<DiscoveredDevice>>().size() == 1);
}

TEST_CASE("multicast discovery on the machine's interfaces returns without error", "[onvif][discovery]")
{
    // No camera is expected on a build machine; this proves the probe path works and ends.
    DiscoveryOptions options;
    options.duration = 300ms;
    auto found = OnvifDiscovery::probe(options);
    if (OnvifDiscovery::ipv4Interfaces().isEmpty())
        CHECK_FALSE(found.has_value());
    else
        CHECK(found.has_value());
}
