#include "async_onvif_client.h"
#include "sim_fixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <thread>
#include <vector>

using namespace pontive::onvif;
using namespace std::chrono_literals;

TEST_CASE("client reads device information, clock and services from a simulated camera", "[onvif][client]")
{
    SimFixture sim;
    auto client = sim.client();

    auto skew = client->syncClock();
    REQUIRE(skew.has_value());
    CHECK(std::abs(skew->count()) <= 2);

    auto info = client->deviceInformation();
    REQUIRE(info.has_value());
    CHECK(info->manufacturer == QStringLiteral("Pontive"));
    CHECK(info->model == QStringLiteral("SimCam PTZ"));
    CHECK(info->serialNumber == QStringLiteral("SIM1"));

    auto services = client->services();
    REQUIRE(services.has_value());
    CHECK(services->media.path() == QStringLiteral("/onvif/cam/001/media_service"));
    CHECK(services->media2.path() == QStringLiteral("/onvif/cam/001/media2_service"));
    CHECK(services->ptz.path() == QStringLiteral("/onvif/cam/001/ptz_service"));

    auto now = client->systemDateTime();
    REQUIRE(now.has_value());
    CHECK(std::abs(now->secsTo(QDateTime::currentDateTimeUtc())) <= 2);
}

TEST_CASE("Media2 profiles give main and sub stream URIs chosen by resolution", "[onvif][client]")
{
    SimFixture sim;
    auto client = sim.client();
    auto profiles = client->profiles();
    REQUIRE(profiles.has_value());
    REQUIRE(profiles->size() == 2);
    CHECK(profiles->front().fromMedia2);
    CHECK(profiles->front().resolution == QSize(1920, 1080));
    CHECK(profiles->front().ptzConfigurationToken == QStringLiteral("ptz-config"));
    CHECK(profiles->front().ptzNodeToken == QStringLiteral("ptz-node"));

    auto uris = client->streamUris();
    REQUIRE(uris.has_value());
    CHECK(uris->main == QUrl(QStringLiteral("rtsp://127.0.0.1:8554/Gate/main")));
    CHECK(uris->sub == QUrl(QStringLiteral("rtsp://127.0.0.1:8554/Gate/sub")));
    CHECK(uris->mainProfileToken == QStringLiteral("main"));

    auto snapshot = client->snapshotUri(uris->mainProfileToken);
    REQUIRE(snapshot.has_value());
    CHECK(snapshot->path().endsWith(QStringLiteral("/snapshot.jpg")));
}

TEST_CASE("a Media-only camera falls back to Media profiles and stream URIs", "[onvif][client]")
{
    auto config = SimFixture::camera(QStringLiteral("Old"));
    config.media2 = false;
    config.ptz = false;
    SimFixture sim({config});
    auto client = sim.client();
    auto profiles = client->profiles();
    REQUIRE(profiles.has_value());
    REQUIRE(profiles->size() == 2);
    CHECK_FALSE(profiles->front().fromMedia2);
    CHECK(profiles->front().ptzConfigurationToken.isEmpty());
    auto uris = client->streamUris();
    REQUIRE(uris.has_value());
    CHECK(uris->main == QUrl(QStringLiteral("rtsp://127.0.0.1:8554/Old/main")));
    CHECK(uris->sub == QUrl(QStringLiteral("rtsp://127.0.0.1:8554/Old/sub")));
    auto snapshot = client->snapshotUri(QStringLiteral("sub"));
    REQUIRE(snapshot.has_value());
}

TEST_CASE("PTZ calls to a camera without PTZ say not supported", "[onvif][client]")
{
    auto config = SimFixture::camera(QStringLiteral("Fixed"));
    config.ptz = false;
    SimFixture sim({config});
    auto client = sim.client();
    auto status = client->ptzStatus(QStringLiteral("main"));
    REQUIRE_FALSE(status.has_value());
    CHECK(status.error().code == pontive::ErrorCode::NotSupported);
}

TEST_CASE("unreachable service addresses are rewritten to the host the user gave", "[onvif][client]")
{
    auto config = SimFixture::camera(QStringLiteral("Nat"));
    config.unreachableXAddrs = true;
    SimFixture sim({config});
    auto client = sim.client();
    auto services = client->services();
    REQUIRE(services.has_value());
    CHECK(services->ptz.host() == QStringLiteral("127.0.0.1"));
    CHECK(services->ptz.port() == sim.server.port());
    QElapsedTimer timer;
    timer.start();
    auto status = client->ptzStatus(QStringLiteral("main"));
    REQUIRE(status.has_value());
    CHECK(timer.elapsed() < 2000);  // no connect attempt to 192.0.2.1
}

TEST_CASE("the simulator serves several cameras on one port, each under its own path", "[onvif][client]")
{
    SimFixture sim({SimFixture::camera(QStringLiteral("A")), SimFixture::camera(QStringLiteral("B")),
                    SimFixture::camera(QStringLiteral("C"))});
    CHECK(sim.server.cameraCount() == 3);
    CHECK(sim.server.deviceUrl(2).path() == QStringLiteral("/onvif/cam/003/device_service"));
    auto third = sim.client(2);
    auto uris = third->streamUris();
    REQUIRE(uris.has_value());
    CHECK(uris->main == QUrl(QStringLiteral("rtsp://127.0.0.1:8554/C/main")));
    auto info = third->deviceInformation();
    REQUIRE(info.has_value());
    CHECK(info->serialNumber == QStringLiteral("SIM3"));
}

TEST_CASE("the async client delivers results in the receiver's thread without blocking it", "[onvif][client]")
{
    SimFixture sim;
    AsyncOnvifClient async(sim.server.deviceUrl(0), sim.credentials);
    QObject receiver;
    std::optional<pontive::Result<OnvifDeviceInfo>> got;
    QThread *deliveredIn = nullptr;
    async.run(
        &receiver, [](OnvifClient &client) { return client.deviceInformation(); },
        [&](pontive::Result<OnvifDeviceInfo> result) {
            got = std::move(result);
            deliveredIn = QThread::currentThread();
        });
    QElapsedTimer timer;
    timer.start();
    while (!got && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(got.has_value());
    REQUIRE(got->has_value());
    CHECK((*got)->model == QStringLiteral("SimCam PTZ"));
    CHECK(deliveredIn == QThread::currentThread());
}

TEST_CASE("starting the simulator on a port in use fails with an error", "[onvif][sim]")
{
    SimFixture first;
    OnvifSimServer second;
    auto started = second.start(first.server.port(), {SimFixture::camera(QStringLiteral("Twin"))}, {});
    REQUIRE_FALSE(started.has_value());
    CHECK(started.error().code == pontive::ErrorCode::Io);
    CHECK_FALSE(second.isRunning());
}

TEST_CASE("loopback call latency of the client against the simulator", "[.][bench]")
{
    SimFixture sim;
    auto client = sim.client();
    REQUIRE(client->ptzStatus(QStringLiteral("main")).has_value());  // warm: clock, services, connection
    constexpr int kCalls = 200;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kCalls; ++i)
        REQUIRE(client->ptzStatus(QStringLiteral("main")).has_value());
    const double statusMs = double(timer.nsecsElapsed()) / 1e6 / kCalls;
    timer.restart();
    for (int i = 0; i < kCalls; ++i)
        REQUIRE(client->continuousMove(QStringLiteral("main"), {0.1 * (i % 2), 0, 0}).has_value());
    const double moveMs = double(timer.nsecsElapsed()) / 1e6 / kCalls;
    timer.restart();
    auto fresh = sim.client();
    REQUIRE(fresh->streamUris().has_value());
    const double firstConnectMs = double(timer.nsecsElapsed()) / 1e6;
    WARN("GetStatus " << statusMs << " ms, ContinuousMove " << moveMs << " ms per call; new client to stream URIs "
                      << firstConnectMs << " ms");
}

TEST_CASE("an address typed by the operator becomes a device service URL", "[onvif][client]")
{
    CHECK(OnvifClient::deviceUrlFromInput(QStringLiteral("10.1.2.3"))
          == QUrl(QStringLiteral("http://10.1.2.3/onvif/device_service")));
    CHECK(OnvifClient::deviceUrlFromInput(QStringLiteral(" cam.example:8080 "))
          == QUrl(QStringLiteral("http://cam.example:8080/onvif/device_service")));
    CHECK(OnvifClient::deviceUrlFromInput(QStringLiteral("https://10.1.2.3/onvif/dev"))
          == QUrl(QStringLiteral("https://10.1.2.3/onvif/dev")));
    CHECK(OnvifClient::deviceUrlFromInput(QStringLiteral("rtsp://10.1.2.3/")).isEmpty());
    CHECK(OnvifClient::deviceUrlFromInput(QString()).isEmpty());
}

TEST_CASE("an ONVIF 1.x camera without GetServices is served through GetCapabilities", "[onvif][client]")
{
    auto config = SimFixture::camera(QStringLiteral("Old"));
    config.getServices = false;
    config.media2 = false;
    SimFixture sim({config});
    auto client = sim.client();
    auto services = client->services();
    REQUIRE(services.has_value());
    CHECK(services->media.path() == QStringLiteral("/onvif/cam/001/media_service"));
    CHECK(services->ptz.path() == QStringLiteral("/onvif/cam/001/ptz_service"));
    CHECK_FALSE(services->media2.isValid());
    auto uris = client->streamUris();
    REQUIRE(uris.has_value());
    CHECK(uris->main == QUrl(QStringLiteral("rtsp://127.0.0.1:8554/Old/main")));
    CHECK(client->ptzStatus(QStringLiteral("main")).has_value());
}

TEST_CASE("many clients on their own threads are served at once", "[onvif][sim]")
{
    SimFixture sim({SimFixture::camera(QStringLiteral("A")), SimFixture::camera(QStringLiteral("B"))});
    constexpr int kClients = 8;
    constexpr int kCalls = 25;
    std::atomic_int failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([&, i] {
            OnvifClient client(sim.server.deviceUrl(i % 2), sim.credentials);
            for (int call = 0; call < kCalls; ++call)
                if (!client.continuousMove(QStringLiteral("main"), {0.1, 0, 0}) || !client.ptzStatus(QStringLiteral("main")))
                    ++failures;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(failures == 0);
    CHECK(sim.server.requestCount() >= kClients * kCalls * 2);
}

TEST_CASE("stopping the simulator with a client connected does not hang, and the client then fails cleanly",
          "[onvif][sim]")
{
    auto server = std::make_unique<OnvifSimServer>();
    const OnvifCredentials credentials{QStringLiteral("admin"), QStringLiteral("secret")};
    REQUIRE(server->start(0, {SimFixture::camera(QStringLiteral("Gone"))}, credentials).has_value());
    OnvifClient client(server->deviceUrl(0), credentials);
    REQUIRE(client.deviceInformation().has_value());  // keep-alive connection now open
    QElapsedTimer timer;
    timer.start();
    server->stop();
    CHECK(timer.elapsed() < 2000);
    auto after = client.deviceInformation();
    REQUIRE_FALSE(after.has_value());
    CHECK(after.error().code == pontive::ErrorCode::Unreachable);
}
