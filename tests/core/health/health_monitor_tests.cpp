#include "catch_qt.h"
#include "fake_rtsp_server.h"
#include "health_fixtures.h"
#include "test_store.h"

#include "health/health_monitor.h"
#include "health/health_repository.h"
#include "health/rtsp_camera_probe.h"
#include "store/camera_repository.h"

#include <QElapsedTimer>

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;
using namespace std::chrono_literals;

namespace {

struct Counters {
    int rounds = 0;
    int lastProbed = 0;
    int lastOk = 0;
    std::vector<std::pair<qint64, ProbeSymptom>> offline;
    std::vector<qint64> online;
    std::vector<qint64> blips;
    int errors = 0;
};

void watch(HealthMonitor &m, Counters &c)
{
    QObject::connect(&m, &HealthMonitor::roundFinished, [&c](int probed, int ok) {
        ++c.rounds;
        c.lastProbed = probed;
        c.lastOk = ok;
    });
    QObject::connect(&m, &HealthMonitor::cameraWentOffline,
                     [&c](qint64 id, ProbeSymptom s) { c.offline.emplace_back(id, s); });
    QObject::connect(&m, &HealthMonitor::cameraBackOnline, [&c](qint64 id) { c.online.push_back(id); });
    QObject::connect(&m, &HealthMonitor::blipRecorded, [&c](qint64 id) { c.blips.push_back(id); });
    QObject::connect(&m, &HealthMonitor::failed, [&c](const Error &) { ++c.errors; });
}

void round(HealthMonitor &m, Counters &c)
{
    const int before = c.rounds;
    m.runRound();
    REQUIRE(test::spinUntil([&] { return c.rounds > before; }, 30s));
}

} // namespace

TEST_CASE("500 cameras with 16 concurrent probes never hold more than 16 probe connections at once", "[health][monitor]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    test::FakeRtspServer server;
    server.setReplyDelayMs(20);
    server.setCloseAfterDescribe(true);
    const auto ids = test::addHealthCameras(
        *db, 500, [&server](int i) { return QStringLiteral("rtsp://127.0.0.1:%1/cam/%2/sub").arg(server.port()).arg(i); });
    REQUIRE(ids.size() == 500);
    HealthMonitorSettings settings;
    settings.interval = 0ms;   // rounds only when asked
    HealthMonitor monitor(db, std::make_shared<RtspCameraProbe>(2s), settings);
    Counters c;
    watch(monitor, c);
    QElapsedTimer timer;
    timer.start();
    round(monitor, c);
    const auto elapsed = timer.elapsed();
    WARN("500 probes, 16 at once, 20 ms per reply: round took " << elapsed << " ms");
    CHECK(c.lastProbed == 500);
    CHECK(c.lastOk == 500);
    CHECK(c.errors == 0);
    CHECK(server.connectionsSeen() == 500);
    CHECK(server.maxOpenConnections() <= 16);
    CHECK(monitor.maxInFlight() == 16);
    auto online = HealthRepository(db, Actor{}).current(CameraStatus::Online);
    REQUIRE(online);
    CHECK(online->size() == 500);
}

TEST_CASE("hung camsim cameras go offline after the debounce as timeouts; a 20 s blip gives no alarm; "
          "recovery is recorded",
          "[health][monitor][camsim]")
{
    if (!test::HealthCamsim::available()) {
        WARN("pontive-camsim is not built here: the monitor's camsim scenario was skipped");
        return;
    }
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    test::HealthCamsim sim;
    REQUIRE(sim.isReady());
    const auto ids = test::addHealthCameras(*db, 2, [&sim](int i) { return sim.url(i); });
    REQUIRE(ids.size() == 2);
    const qint64 t0 = QDateTime(QDate(2027, 4, 1), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
    qint64 now = t0;
    HealthMonitorSettings settings;
    settings.interval = 0ms;
    HealthMonitor monitor(db, std::make_shared<RtspCameraProbe>(700ms), settings,
                          [&now] { return std::chrono::system_clock::time_point(std::chrono::milliseconds(now)); });
    Counters c;
    watch(monitor, c);
    const auto roundAt = [&](qint64 offsetMs) {
        now = t0 + offsetMs;
        round(monitor, c);
    };

    roundAt(0);
    CHECK(c.lastOk == 2);
    sim.freeze(true);
    roundAt(60'000);
    CHECK(c.lastOk == 0);
    sim.freeze(false);
    roundAt(80'000);                      // down 20 s: two blips, no alarm
    CHECK(c.lastOk == 2);
    CHECK(c.blips.size() == 2);
    CHECK(c.offline.empty());

    sim.freeze(true);
    roundAt(140'000);
    roundAt(200'000);
    CHECK(c.offline.empty());             // two failures, one minute: not yet
    roundAt(260'000);                     // third failure, two minutes after the first
    REQUIRE(c.offline.size() == 2);
    CHECK(c.offline[0].second == ProbeSymptom::Timeout);
    auto down = CameraRepository(db, Actor{}).get(ids[0]);
    REQUIRE(down);
    CHECK(down->status == CameraStatus::Offline);
    CHECK(down->cause == OfflineCause::Media);   // suggested from a timeout
    CHECK(down->statusSince.toMSecsSinceEpoch() == t0 + 140'000);

    sim.freeze(false);
    roundAt(300'000);
    CHECK(c.online.size() == 2);
    CHECK(CameraRepository(db, Actor{}).get(ids[0])->status == CameraStatus::Online);
    auto incidents = HealthRepository(db, Actor{}).incidents(QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC),
                                                             QDateTime::fromMSecsSinceEpoch(t0 + 3600'000, Qt::UTC));
    REQUIRE(incidents);
    REQUIRE(incidents->size() == 2);
    CHECK(incidents->front().start.toMSecsSinceEpoch() == t0 + 140'000);
    CHECK(incidents->front().end.toMSecsSinceEpoch() == t0 + 300'000);
    CHECK(incidents->front().symptom == ProbeSymptom::Timeout);
    CHECK(HealthRepository(db, Actor{}).blipCount(ids[1]).value() == 1);
    CHECK(c.errors == 0);
}
