#include "catch_qt.h"
#include "health_fixtures.h"
#include "test_store.h"

#include "health/health_report.h"
#include "health/health_repository.h"
#include "store/audit_log.h"
#include "store/camera_repository.h"
#include "store/sql.h"

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;
using namespace std::chrono_literals;

namespace {

using TimePoint = std::chrono::system_clock::time_point;

TimePoint at(qint64 ms)
{
    return TimePoint(std::chrono::milliseconds(ms));
}

QDateTime dt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

const qint64 kT0 = QDateTime(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();

// What the monitor does for one probe answer.
void record(HealthRepository &repo, HealthDebouncer &debouncer, qint64 id, const ProbeResult &result, qint64 nowMs)
{
    const auto decision = debouncer.observe(id, result);
    REQUIRE(repo.recordProbe(id, result, decision.state, decision.event, dt(nowMs)));
}

Camera cameraOf(const std::shared_ptr<Database> &db, qint64 id)
{
    auto c = CameraRepository(db, Actor{}).get(id);
    REQUIRE(c);
    return *c;
}

} // namespace

TEST_CASE("an offline transition opens an incident and sets the camera's status; recovery closes it", "[health][store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    const auto ids = test::addHealthCameras(*db, 2, [](int i) { return QStringLiteral("rtsp://10.0.0.%1/sub").arg(i); });
    REQUIRE(ids.size() == 2);
    HealthRepository repo(db, Actor{QStringLiteral("op"), QStringLiteral("wall-1")});
    qint64 now = kT0;
    HealthDebouncer debouncer({}, [&now] { return at(now); });
    const auto refused = ProbeResult::failure(ProbeSymptom::Refused, QStringLiteral("connection refused"));
    record(repo, debouncer, ids[0], ProbeResult::success(3ms), now);
    CHECK(cameraOf(db, ids[0]).status == CameraStatus::Online);
    for (int i = 1; i <= 3; ++i) {
        now = kT0 + i * 60'000;
        record(repo, debouncer, ids[0], refused, now);
    }
    const Camera down = cameraOf(db, ids[0]);
    CHECK(down.status == CameraStatus::Offline);
    CHECK(down.cause == OfflineCause::Camera);                   // suggested from "refused"
    CHECK(down.statusSince == dt(kT0 + 60'000));                 // the first failure
    auto open = repo.incidents(dt(kT0), dt(kT0 + 3600'000));
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->front().symptom == ProbeSymptom::Refused);
    CHECK_FALSE(open->front().end.isValid());

    now = kT0 + 10 * 60'000;
    record(repo, debouncer, ids[0], ProbeResult::success(3ms), now);
    CHECK(cameraOf(db, ids[0]).status == CameraStatus::Online);
    CHECK(cameraOf(db, ids[0]).statusSince == dt(now));
    auto closed = repo.incidents(dt(kT0), dt(kT0 + 3600'000));
    REQUIRE(closed);
    REQUIRE(closed->size() == 1);
    CHECK(closed->front().end == dt(now));

    // The streak survives a restart: state read back from the store.
    auto monitored = repo.monitored();
    REQUIRE(monitored);
    REQUIRE(monitored->size() == 2);
    CHECK(monitored->front().state.status == CameraStatus::Online);
    CHECK(monitored->front().state.failures == 0);
    CHECK(monitored->front().target.url == QStringLiteral("rtsp://10.0.0.1/sub"));
}

TEST_CASE("a blip is stored without changing the camera's status", "[health][store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    const auto ids = test::addHealthCameras(*db, 1, [](int) { return QStringLiteral("rtsp://10.0.0.9/sub"); });
    HealthRepository repo(db, Actor{});
    qint64 now = kT0;
    HealthDebouncer debouncer({}, [&now] { return at(now); });
    record(repo, debouncer, ids[0], ProbeResult::success(1ms), now);
    now += 60'000;
    record(repo, debouncer, ids[0], ProbeResult::failure(ProbeSymptom::Timeout, QStringLiteral("no reply")), now);
    auto state = repo.monitored();
    REQUIRE(state);
    CHECK(state->front().state.failures == 1);
    now += 20'000;
    record(repo, debouncer, ids[0], ProbeResult::success(1ms), now);
    CHECK(repo.blipCount(ids[0]).value() == 1);
    CHECK(cameraOf(db, ids[0]).status == CameraStatus::Online);
    CHECK(cameraOf(db, ids[0]).statusSince == dt(kT0));
    CHECK(repo.incidents(dt(kT0), dt(now + 1)).value().empty());
}

TEST_CASE("an operator's cause confirmation updates the incident, the camera and the audit log", "[health][store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    const auto ids = test::addHealthCameras(*db, 1, [](int) { return QStringLiteral("rtsp://10.0.0.9/sub"); });
    HealthRepository repo(db, Actor{QStringLiteral("sari"), QStringLiteral("wall-2")});
    CHECK(repo.confirmCause(ids[0], OfflineCause::Power, QStringLiteral("x")).error().code == ErrorCode::NotFound);
    qint64 now = kT0;
    HealthDebouncer debouncer({1, 0ms}, [&now] { return at(now); });
    record(repo, debouncer, ids[0], ProbeResult::failure(ProbeSymptom::Timeout, QStringLiteral("no reply")), now);
    CHECK(cameraOf(db, ids[0]).cause == OfflineCause::Media);   // suggested from "timeout"
    REQUIRE(repo.confirmCause(ids[0], OfflineCause::Power, QStringLiteral("PLN outage in Pontianak Barat")));
    CHECK(cameraOf(db, ids[0]).cause == OfflineCause::Power);
    auto incidents = repo.incidents(dt(kT0 - 1), dt(kT0 + 1));
    REQUIRE(incidents);
    REQUIRE(incidents->size() == 1);
    const HealthIncident &i = incidents->front();
    CHECK(i.cause == OfflineCause::Power);
    CHECK(i.suggestedCause == OfflineCause::Media);
    CHECK(i.confirmedBy == QStringLiteral("sari"));
    CHECK(i.confirmedAt.isValid());
    CHECK(i.operatorNote == QStringLiteral("PLN outage in Pontianak Barat"));
    REQUIRE(repo.recordRepair(i.id, QStringLiteral("new adaptor fitted"), dt(kT0 + 3600'000)));
    CHECK(repo.incidents(dt(kT0 - 1), dt(kT0 + 1)).value().front().technicianRemark == QStringLiteral("new adaptor fitted"));
    auto conn = db->connection();
    REQUIRE(conn);
    auto audit = AuditLog::recent(*conn, 10);
    REQUIRE(audit);
    REQUIRE(audit->size() >= 2);
    bool found = false;
    for (const AuditEntry &e : *audit)
        found = found || (e.action == QStringLiteral("cause") && e.entityId == ids[0] && e.actor == QStringLiteral("sari")
                          && e.detail.contains(QStringLiteral("power")));
    CHECK(found);

    auto offline = repo.current(CameraStatus::Offline);
    REQUIRE(offline);
    REQUIRE(offline->size() == 1);
    CHECK(offline->front().symptom == ProbeSymptom::Timeout);
    CHECK(offline->front().causeConfirmed);
    CHECK(offline->front().lastError == QStringLiteral("no reply"));
}

TEST_CASE("the report over the store gives uptime per camera and agency and time to repair by cause", "[health][store][report]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    const auto ids = test::addHealthCameras(*db, 4, [](int i) { return QStringLiteral("rtsp://10.0.0.%1/sub").arg(i); });
    HealthRepository repo(db, Actor{});
    qint64 now = kT0;
    HealthDebouncer debouncer({1, 0ms}, [&now] { return at(now); });
    // Camera 1 down 1 h, camera 2 down 3 h; 4 cameras over 24 h.
    record(repo, debouncer, ids[0], ProbeResult::failure(ProbeSymptom::Refused, {}), now);
    record(repo, debouncer, ids[1], ProbeResult::failure(ProbeSymptom::Timeout, {}), now);
    now = kT0 + 3600'000;
    record(repo, debouncer, ids[0], ProbeResult::success(1ms), now);
    now = kT0 + 3 * 3600'000;
    record(repo, debouncer, ids[1], ProbeResult::success(1ms), now);
    const QDateTime from = dt(kT0), to = dt(kT0 + 24 * 3600'000);
    auto incidents = repo.incidents(from, to);
    REQUIRE(incidents);
    auto cameras = CameraRepository(db, Actor{}).list();
    REQUIRE(cameras);
    const auto r = HealthReport::compute(*cameras, *incidents, from, to, dt(kT0 + 48 * 3600'000));
    CHECK(r.total.offlineMs == 4 * 3600'000);
    CHECK(r.total.uptimePercent().value_or(-1.0) == Approx(100.0 * (96.0 - 4.0) / 96.0));
    REQUIRE(r.byCamera.size() == 4);
    CHECK(r.byCamera[0].uptimePercent().value_or(-1.0) == Approx(100.0 * 23.0 / 24.0));
    CHECK(r.byCause[0].cause == OfflineCause::Camera);
    CHECK(r.byCause[0].meanTimeToRepairMs() == 3600'000);
    CHECK(r.byCause[2].cause == OfflineCause::Media);
    CHECK(r.byCause[2].meanTimeToRepairMs() == 3 * 3600'000);
}
