// The station's probe inputs (stream engine, ONVIF), the monitor on a thread of its own,
// the technician's remark, and the health report as PDF.
#include "catch_qt.h"
#include "fake_rtsp_server.h"
#include "health_fixtures.h"
#include "test_store.h"

#include "health/health_monitor.h"
#include "health/health_repository.h"
#include "health/live_stream_board.h"
#include "health/onvif_time_probe.h"
#include "health/rtsp_camera_probe.h"
#include "health/station_probe.h"
#include "health/stream_state_probe.h"
#include "onvif_sim_server.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;
using namespace std::chrono_literals;

namespace {

std::optional<ProbeResult> probeOnce(CameraProbe &probe, const ProbeTarget &target)
{
    std::optional<ProbeResult> answer;
    probe.start(target, [&answer](const ProbeResult &r) { answer = r; });
    if (!test::spinUntil([&] { return answer.has_value(); }, 60s))
        return std::nullopt;
    return answer;
}

QDateTime dt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// One offline incident of `id` from `startMs`, written as the monitor would.
void recordOutage(const std::shared_ptr<Database> &shared, qint64 id, qint64 startMs)
{
    HealthRepository repo(shared, Actor{});
    HealthEvent e;
    e.kind = HealthEvent::Kind::WentOffline;
    e.start = std::chrono::system_clock::time_point(std::chrono::milliseconds(startMs));
    e.symptom = ProbeSymptom::Timeout;
    e.failures = 3;
    DebounceState state{CameraStatus::Offline, 3, e.start, ProbeSymptom::Timeout};
    REQUIRE(repo.recordProbe(id, ProbeResult::failure(ProbeSymptom::Timeout, QStringLiteral("no reply")), state, e,
                             dt(startMs + 180000)));
}

// Runs `body` on a fresh store of each engine available here.
void onEveryEngine(const std::function<void(const std::shared_ptr<Database> &)> &body)
{
    for (const std::string engine : {"sqlite", "postgresql"}) {
        TestStore store(engine);
        if (!store.available())
            continue;
        DYNAMIC_SECTION(engine)
        {
            auto db = store.open();
            REQUIRE(db);
            body(db);
        }
    }
}

} // namespace

TEST_CASE("a playing stream on screen counts as an answer without a probe", "[health][station]")
{
    auto board = std::make_shared<LiveStreamBoard>();
    // The inner probe would fail: nothing listens there.
    const quint16 closed = test::closedLoopbackPort();
    StreamStateProbe probe(board, std::make_shared<RtspCameraProbe>(5s));
    ProbeTarget target{7, QStringLiteral("CAM 007"), QStringLiteral("rtsp://127.0.0.1:%1/cam/007/sub").arg(closed), {}, {}, {}};

    board->publish({{7, {StreamState::Playing, OfflineReason::None, {}, 25.0, 512.0}}});
    auto answer = probeOnce(probe, target);
    REQUIRE(answer);
    CHECK(answer->ok);

    // Offline for a reason: a failure with that symptom, still without a probe.
    board->publish({{7, {StreamState::Offline, OfflineReason::AuthenticationFailed, QStringLiteral("401"), 0, 0}}});
    answer = probeOnce(probe, target);
    REQUIRE(answer);
    CHECK_FALSE(answer->ok);
    CHECK(answer->symptom == ProbeSymptom::Auth);
    CHECK(answer->detail.contains(QStringLiteral("stream engine")));

    // Still connecting: the engine cannot tell, so the RTSP probe decides (refused here).
    board->publish({{7, {StreamState::Connecting, OfflineReason::None, {}, 0, 0}}});
    answer = probeOnce(probe, target);
    REQUIRE(answer);
    CHECK_FALSE(answer->ok);
    CHECK(answer->symptom == ProbeSymptom::Refused);

    // Not on screen at all: the probe decides too.
    board->publish({});
    answer = probeOnce(probe, target);
    REQUIRE(answer);
    CHECK(answer->symptom == ProbeSymptom::Refused);
}

TEST_CASE("stream engine reasons map to the probe's symptoms", "[health][station]")
{
    CHECK(StreamStateProbe::symptomOf(OfflineReason::Refused) == ProbeSymptom::Refused);
    CHECK(StreamStateProbe::symptomOf(OfflineReason::Unreachable) == ProbeSymptom::Unreachable);
    CHECK(StreamStateProbe::symptomOf(OfflineReason::NotFound) == ProbeSymptom::NotFound);
    CHECK(StreamStateProbe::symptomOf(OfflineReason::ConnectionLost) == ProbeSymptom::StreamError);
    CHECK(StreamStateProbe::symptomOf(OfflineReason::DecodeError) == ProbeSymptom::StreamError);
    CHECK_FALSE(StreamStateProbe::verdict(StreamState::Reconnecting, OfflineReason::None, {}));
    CHECK_FALSE(StreamStateProbe::verdict(StreamState::Stalled, OfflineReason::None, {}));
}

TEST_CASE("ONVIF GetSystemDateAndTime answers for a camera with an ONVIF address", "[health][station][onvif]")
{
    onvif::OnvifSimServer sim;
    onvif::SimCameraConfig camera;
    camera.name = QStringLiteral("Gate");
    REQUIRE(sim.start(0, {camera}, {QStringLiteral("admin"), QStringLiteral("secret")}));
    OnvifTimeProbe probe(5s);
    ProbeTarget target{1, QStringLiteral("Gate"), {}, QStringLiteral("admin"), QStringLiteral("secret"),
                       sim.deviceUrl(0).toString()};
    auto answer = probeOnce(probe, target);
    REQUIRE(answer);
    CHECK(answer->ok);

    // Nothing listens: unreachable (or refused), never a success.
    target.onvifUrl = QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(test::closedLoopbackPort());
    answer = probeOnce(probe, target);
    REQUIRE(answer);
    CHECK_FALSE(answer->ok);
    CHECK(answer->detail.startsWith(QStringLiteral("ONVIF")));
}

TEST_CASE("the station probe asks ONVIF after RTSP for a camera with an ONVIF address", "[health][station][onvif]")
{
    test::FakeRtspServer rtsp;
    onvif::OnvifSimServer sim;
    onvif::SimCameraConfig camera;
    camera.name = QStringLiteral("Gate");
    REQUIRE(sim.start(0, {camera}, {QStringLiteral("admin"), QStringLiteral("secret")}));
    auto probe = makeStationProbe(nullptr, 5s);
    ProbeTarget target{1, QStringLiteral("Gate"), QStringLiteral("rtsp://127.0.0.1:%1/cam/001/sub").arg(rtsp.port()),
                       QStringLiteral("admin"), QStringLiteral("secret"), sim.deviceUrl(0).toString()};
    auto answer = probeOnce(*probe, target);
    REQUIRE(answer);
    CHECK(answer->ok);
    // RTSP answers, ONVIF does not: the camera is not healthy.
    target.onvifUrl = QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(test::closedLoopbackPort());
    answer = probeOnce(*probe, target);
    REQUIRE(answer);
    CHECK_FALSE(answer->ok);
}

TEST_CASE("the monitor runs on a thread of its own and reports to the caller's thread", "[health][station][monitor]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    test::FakeRtspServer server;
    server.setCloseAfterDescribe(true);
    test::addHealthCameras(*db, 5, [&server](int i) {
        return QStringLiteral("rtsp://127.0.0.1:%1/cam/%2/sub").arg(server.port()).arg(i);
    });
    HealthMonitorSettings settings;
    settings.interval = 0ms;
    QThread thread;
    auto *monitor = new HealthMonitor(db, makeStationProbe(std::make_shared<LiveStreamBoard>(), 5s), settings);
    monitor->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, monitor, &QObject::deleteLater);
    int rounds = 0;
    int answered = 0;
    Qt::HANDLE reportedOn = nullptr;
    QObject context;
    QObject::connect(monitor, &HealthMonitor::roundFinished, &context, [&](int, int ok) {
        ++rounds;
        answered = ok;
        reportedOn = QThread::currentThreadId();
    });
    thread.start();
    QMetaObject::invokeMethod(monitor, &HealthMonitor::start, Qt::QueuedConnection);
    REQUIRE(test::spinUntil([&] { return rounds > 0; }, 60s));
    CHECK(answered == 5);
    CHECK(reportedOn == QThread::currentThreadId());
    QMetaObject::invokeMethod(monitor, &HealthMonitor::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    REQUIRE(thread.wait(60000));
    auto online = HealthRepository(db, Actor{}).current(CameraStatus::Online);
    REQUIRE(online);
    CHECK(online->size() == 5);
}

TEST_CASE("a technician's remark and the time of repair land on the camera's latest incident", "[health][store]")
{
    onEveryEngine([](const std::shared_ptr<Database> &db) {
        const auto ids = test::addHealthCameras(*db, 2, [](int i) { return QStringLiteral("rtsp://127.0.0.1:1/cam/%1").arg(i); });
        HealthRepository repo(db, Actor{});
        // No incident yet: refused with a clear message, nothing written.
        const auto none = repo.recordCameraRepair(ids[0], QStringLiteral("kabel diganti"), {});
        REQUIRE_FALSE(none);
        CHECK(none.error().code == ErrorCode::NotFound);
        const qint64 t0 = QDateTime(QDate(2027, 1, 31), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch();
        recordOutage(db, ids[0], t0);
        const QDateTime fixed = QDateTime(QDate(2027, 2, 1), QTime(10, 30), QTimeZone(7 * 3600)).toUTC();
        REQUIRE(repo.recordCameraRepair(ids[0], QStringLiteral("adaptor daya diganti"), fixed));
        auto incidents = repo.incidents(dt(t0 - 1000), dt(t0 + 86400000LL));
        REQUIRE(incidents);
        REQUIRE(incidents->size() == 1);
        CHECK(incidents->front().technicianRemark == QStringLiteral("adaptor daya diganti"));
        CHECK(incidents->front().fixedAt == fixed);
    });
}

TEST_CASE("camsim keeps serving after a client closes on a 503 from a refusing camera", "[health][camsim]")
{
#ifdef PONTIVE_CAMSIM_PATH
    test::HealthCamsim sim;
    REQUIRE(sim.isReady());
    QProcess ctl;
    ctl.start(QStringLiteral(PONTIVE_CAMSIM_PATH),
              {QStringLiteral("ctl"), QStringLiteral("--port"), QString::number(sim.port()), QStringLiteral("refuse"),
               QStringLiteral("001")});
    REQUIRE(ctl.waitForFinished(60000));
    REQUIRE(ctl.exitCode() == 0);
    RtspCameraProbe probe(10s);
    for (int i = 0; i < 3; ++i) {
        auto answer = probeOnce(probe, {1, QStringLiteral("CAM 001"), sim.url(1), {}, {}, {}});
        REQUIRE(answer);
        CHECK_FALSE(answer->ok);
        CHECK(answer->symptom == ProbeSymptom::Refused);
    }
    // The other camera still answers: the simulator did not abort.
    auto other = probeOnce(probe, {2, QStringLiteral("CAM 002"), sim.url(2), {}, {}, {}});
    REQUIRE(other);
    CHECK(other->ok);
#endif
}

TEST_CASE("an offline camsim camera drops each connection after its 503 and leaves no closed one polled",
          "[health][camsim]")
{
#ifdef PONTIVE_CAMSIM_PATH
    // camsim used to close such connections from the wrong thread; now and then GLib was
    // left polling one for good, printing GIO criticals at 100 % CPU until camsim exited.
    QTemporaryDir dir;
    const QString errors = dir.filePath(QStringLiteral("camsim.err"));
    test::HealthCamsim sim({}, 0, errors);
    REQUIRE(sim.isReady());
    QProcess ctl;
    ctl.start(QStringLiteral(PONTIVE_CAMSIM_PATH),
              {QStringLiteral("ctl"), QStringLiteral("--port"), QString::number(sim.port()), QStringLiteral("offline"),
               QStringLiteral("001")});
    REQUIRE(ctl.waitForFinished(60000));
    REQUIRE(ctl.exitCode() == 0);

    // Like a wall reconnecting to a dead camera, with many tiles at once.
    const QByteArray describe = "DESCRIBE " + sim.url(1).toUtf8() + " RTSP/1.0\r\nCSeq: 1\r\n\r\n";
    constexpr int kRounds = 15;
    constexpr int kAtOnce = 20;
    int refusedThenDropped = 0;
    for (int round = 0; round < kRounds; ++round) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < kAtOnce; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *raw = socket.get();
            QObject::connect(raw, &QTcpSocket::connected, raw, [raw, describe] { raw->write(describe); });
            raw->connectToHost(QHostAddress::LocalHost, sim.port());
            sockets.push_back(std::move(socket));
        }
        // The camera, not the test, ends each connection.
        REQUIRE(test::spinUntil(
            [&] {
                return std::all_of(sockets.begin(), sockets.end(),
                                   [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; });
            },
            30s));
        for (const auto &socket : sockets)
            refusedThenDropped += socket->readAll().startsWith("RTSP/1.0 503") ? 1 : 0;
    }
    CHECK(refusedThenDropped == kRounds * kAtOnce);

    // A connection left polled prints criticals without end; give it time to show.
    test::spinUntil([] { return false; }, 1s);
    QFile log(errors);
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray printed = log.readAll();
    INFO(printed.left(400).toStdString());
    CHECK_FALSE(printed.contains("CRITICAL"));
#endif
}

TEST_CASE("uptime leaves out the time no station was monitoring", "[health][report]")
{
    Camera camera;
    camera.id = 1;
    camera.name = QStringLiteral("CAM 001");
    const QTimeZone wib(7 * 3600);
    const QDateTime from = QDateTime(QDate(2027, 1, 31), QTime(20, 0), wib).toUTC();
    const QDateTime to = from.addSecs(10 * 3600);   // 10 h, across midnight and the month's end
    const qint64 h = 3'600'000;
    const qint64 f = from.toMSecsSinceEpoch();
    HealthIncident outage;
    outage.cameraId = 1;
    outage.start = from.addSecs(3 * 3600);
    outage.end = from.addSecs(7 * 3600);
    // Monitored 0-4 h and 6-10 h: the station was down 4-6 h.
    const std::vector<MonitoredSpan> spans{{f + 6 * h, f + 10 * h}, {f, f + 4 * h}};
    const auto r = HealthReport::compute({camera}, {outage}, from, to, to.addDays(1), spans);
    CHECK(r.unmonitoredMs == 2 * h);
    CHECK(r.total.periodMs == 8 * h);
    CHECK(r.total.offlineMs == 2 * h);   // 3-4 h and 6-7 h: the rest of the outage is unknown
    CHECK(r.total.uptimePercent().value_or(-1.0) == Approx(75.0));
    REQUIRE(r.byMonth.size() == 2);      // January 4 h (all monitored), February 6 h (4 monitored)
    CHECK(r.byMonth[0].periodMs == 4 * h);
    CHECK(r.byMonth[1].periodMs == 4 * h);
    CHECK(r.byMonth[0].offlineMs + r.byMonth[1].offlineMs == 2 * h);
    // Without any record of monitoring (an older store), the whole period counts.
    const auto legacy = HealthReport::compute({camera}, {outage}, from, to, to.addDays(1));
    CHECK(legacy.unmonitoredMs == 0);
    CHECK(legacy.total.offlineMs == 4 * h);
}

TEST_CASE("monitored spans join up across rounds and cron runs and split across a long stop", "[health][store]")
{
    onEveryEngine([](const std::shared_ptr<Database> &db) {
        HealthRepository repo(db, Actor{});
        const qint64 t0 = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        auto none = repo.monitored(dt(t0), dt(t0 + 86400000LL));
        REQUIRE(none);
        CHECK_FALSE(none->has_value());
        const auto gap = std::chrono::minutes(10);
        REQUIRE(repo.recordMonitored(dt(t0), dt(t0 + 60000), gap));
        REQUIRE(repo.recordMonitored(dt(t0 + 5 * 60000), dt(t0 + 6 * 60000), gap));     // 4 min later: joins
        REQUIRE(repo.recordMonitored(dt(t0 + 60 * 60000), dt(t0 + 61 * 60000), gap));   // an hour later: new span
        auto spans = repo.monitored(dt(t0), dt(t0 + 86400000LL));
        REQUIRE(spans);
        REQUIRE(spans->has_value());
        REQUIRE((*spans)->size() == 2);
        CHECK((**spans)[0].startMs == t0);
        CHECK((**spans)[0].endMs == t0 + 6 * 60000);
        CHECK((**spans)[1].startMs == t0 + 60 * 60000);
    });
}
