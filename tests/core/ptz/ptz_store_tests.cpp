// The PTZ store on SQLite and PostgreSQL: control locks, patrols, joystick profiles and
// the audit of use.
#include "ptz_fixture.h"

#include "ptz/ptz_repository.h"
#include "store/audit_log.h"
#include "store/sql.h"
#include "test_store.h"

#include <QProcess>

using namespace pontive;
using namespace pontive::core;
using namespace pontive::test;
using namespace std::chrono_literals;

namespace {

int auditRows(Database &db, const QString &action)
{
    auto conn = db.connection();
    REQUIRE(conn.has_value());
    auto rows = AuditLog::recent(*conn, 1000);
    REQUIRE(rows.has_value());
    return int(std::count_if(rows->cbegin(), rows->cend(), [&](const AuditEntry &e) { return e.action == action; }));
}

} // namespace

TEST_CASE("the control lock refuses a second station until an admin takes it over", "[ptz][store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    const qint64 cameraId = addPtzCamera(*db);
    PtzRepository first(db, Actor{QStringLiteral("budi"), QStringLiteral("ST-1")});
    PtzRepository second(db, Actor{QStringLiteral("sari"), QStringLiteral("ST-2")});

    auto taken = first.acquireLock(cameraId, 30s);
    REQUIRE(taken.has_value());
    CHECK(taken->station == QStringLiteral("ST-1"));
    REQUIRE(first.acquireLock(cameraId, 30s).has_value());  // renewing is fine

    auto refused = second.acquireLock(cameraId, 30s);
    REQUIRE(!refused.has_value());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("budi")));
    auto holder = second.lock(cameraId);
    REQUIRE(holder.has_value());
    REQUIRE(holder->has_value());
    CHECK((*holder)->station == QStringLiteral("ST-1"));

    auto takeover = second.acquireLock(cameraId, 30s, true);
    REQUIRE(takeover.has_value());
    CHECK(takeover->station == QStringLiteral("ST-2"));
    CHECK(!first.acquireLock(cameraId, 30s).has_value());
    REQUIRE(first.releaseLock(cameraId).has_value());  // not ours any more: left alone
    CHECK((*second.lock(cameraId))->station == QStringLiteral("ST-2"));
    REQUIRE(second.releaseLock(cameraId).has_value());
    CHECK(!second.lock(cameraId)->has_value());
    REQUIRE(first.acquireLock(cameraId, 30s).has_value());
    CHECK(auditRows(*db, QStringLiteral("ptz-lock")) == 3);  // taken, taken over, taken; renewals are not rows
}

TEST_CASE("an expired lease does not hold the camera", "[ptz][store]")
{
    TestStore store("sqlite");
    auto db = store.open();
    const qint64 cameraId = addPtzCamera(*db);
    PtzRepository first(db, Actor{QStringLiteral("budi"), QStringLiteral("ST-1")});
    PtzRepository second(db, Actor{QStringLiteral("sari"), QStringLiteral("ST-2")});
    REQUIRE(first.acquireLock(cameraId, 0s).has_value());
    CHECK(!first.lock(cameraId)->has_value());
    REQUIRE(second.acquireLock(cameraId, 30s).has_value());
}

TEST_CASE("patrols and joystick profiles are saved, replaced and read back", "[ptz][store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    const qint64 cameraId = addPtzCamera(*db);
    PtzRepository repo(db, Actor{QStringLiteral("budi"), QStringLiteral("ST-1")});

    PtzPatrol patrol{0, cameraId, QStringLiteral("Keliling"), {{QStringLiteral("1"), 10s}, {QStringLiteral("2"), 5s}}};
    auto id = repo.savePatrol(patrol);
    REQUIRE(id.has_value());
    patrol.steps.append({QStringLiteral("3"), 20s});
    auto again = repo.savePatrol(patrol);
    REQUIRE(again.has_value());
    CHECK(*again == *id);
    auto list = repo.patrols(cameraId);
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 1);
    CHECK(list->front().steps == patrol.steps);
    CHECK(!repo.savePatrol(PtzPatrol{0, cameraId, QStringLiteral("Kosong"), {}}).has_value());
    CHECK(!repo.savePatrol(PtzPatrol{0, cameraId, QStringLiteral("Cepat"), {{QStringLiteral("1"), 2s}}}).has_value());
    REQUIRE(repo.savePatrol(PtzPatrol{0, cameraId, QStringLiteral("Malam"), {{QStringLiteral("2"), 3s}}}).has_value());
    CHECK(repo.renamePatrol(*id, QStringLiteral("Malam")).error().code == ErrorCode::Conflict);
    REQUIRE(repo.renamePatrol(*id, QStringLiteral("Keliling Kota")).has_value());
    REQUIRE(repo.patrols(cameraId)->size() == 2);
    CHECK(repo.patrols(cameraId)->front().name == QStringLiteral("Keliling Kota"));
    CHECK(repo.patrols(cameraId)->front().steps == patrol.steps);
    REQUIRE(repo.removePatrol(repo.patrols(cameraId)->back().id).has_value());
    REQUIRE(repo.removePatrol(*id).has_value());
    CHECK(repo.patrols(cameraId)->empty());

    JoystickProfile profile = JoystickProfile::defaults({1, QStringLiteral("Pelco KBD300A"), QStringLiteral("03001234"), 3, 12});
    profile.pan.deadZone = 0.1;
    REQUIRE(repo.saveJoystickProfile(profile).has_value());
    profile.snapWays = 4;
    REQUIRE(repo.saveJoystickProfile(profile).has_value());
    auto profiles = repo.joystickProfiles();
    REQUIRE(profiles.has_value());
    REQUIRE(profiles->size() == 1);
    CHECK(profiles->front() == profile);
}

TEST_CASE("quirks live on the camera record and default to none", "[ptz][store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    const qint64 cameraId = addPtzCamera(*db);
    PtzRepository repo(db, Actor{QStringLiteral("budi"), QStringLiteral("ST-1")});
    CHECK(*repo.quirks(cameraId) == PtzQuirks{});
    REQUIRE(repo.saveQuirks(cameraId, {false, true}).has_value());
    CHECK(*repo.quirks(cameraId) == PtzQuirks{false, true});
    CHECK(repo.quirks(cameraId + 1000).error().code == ErrorCode::NotFound);
}

TEST_CASE("a move made of many requests is one audit row, as are a preset recall and a patrol", "[ptz][store]")
{
    PtzSim sim;
    TestStore store("sqlite");
    auto db = store.open();
    const qint64 cameraId = addPtzCamera(*db);
    PtzRepository repo(db, Actor{QStringLiteral("budi"), QStringLiteral("ST-1")});
    auto camera = sim.onvifController();
    RateLimitedPtzController controller(camera.get(), PtzRateOptions{100ms, 1000ms, 0.05});
    QDateTime started;
    QObject::connect(&controller, &RateLimitedPtzController::moveStarted, [&] { started = QDateTime::currentDateTimeUtc(); });
    QObject::connect(&controller, &RateLimitedPtzController::moveStopped, [&] {
        REQUIRE(repo.recordMove(cameraId, started, QDateTime::currentDateTimeUtc()).has_value());
    });
    for (int i = 1; i <= 8; ++i) {
        controller.move({0.1 * i, 0, 0});
        spinFor(120ms);
    }
    controller.stop();
    REQUIRE(spinUntil([&] { return sim.count(QStringLiteral("Stop")) == 1; }));
    CHECK(sim.count(QStringLiteral("ContinuousMove")) >= 4);
    CHECK(auditRows(*db, QStringLiteral("ptz-move")) == 1);
    REQUIRE(repo.recordPresetRecall(cameraId, QStringLiteral("1")).has_value());
    REQUIRE(repo.recordPatrol(cameraId, QStringLiteral("Keliling"), started, QDateTime::currentDateTimeUtc()).has_value());
    CHECK(auditRows(*db, QStringLiteral("ptz-preset")) == 1);
    CHECK(auditRows(*db, QStringLiteral("ptz-patrol")) == 1);
}

TEST_CASE("a one-shot lease leaves no lock or unlock rows, but taking over another station's lock is recorded",
          "[ptz][store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    const qint64 cameraId = addPtzCamera(*db);
    PtzRepository script(db, Actor{QStringLiteral("admin"), QStringLiteral("CTL")});
    PtzRepository console(db, Actor{QStringLiteral("budi"), QStringLiteral("ST-1")});

    REQUIRE(script.acquireLock(cameraId, 30s, false, LockAudit::Quiet).has_value());
    CHECK(!console.acquireLock(cameraId, 30s).has_value());  // still a real lock
    REQUIRE(script.releaseLock(cameraId, LockAudit::Quiet).has_value());
    CHECK(!console.lock(cameraId)->has_value());
    CHECK(auditRows(*db, QStringLiteral("ptz-lock")) == 0);
    CHECK(auditRows(*db, QStringLiteral("ptz-unlock")) == 0);

    REQUIRE(console.acquireLock(cameraId, 30s).has_value());
    REQUIRE(script.acquireLock(cameraId, 30s, true, LockAudit::Quiet).has_value());
    CHECK(auditRows(*db, QStringLiteral("ptz-lock")) == 2);  // the console's own, and the take-over
}

TEST_CASE("pontivectl ptz move and goto on a store camera write one audit row each and no lock rows", "[ptz][store]")
{
    PtzSim sim;
    TestStore store("sqlite");
    auto db = store.open();
    const qint64 cameraId = addPtzCamera(*db);
    {
        auto conn = db->connection();
        REQUIRE(conn.has_value());
        REQUIRE(runQuery(*conn, QStringLiteral("UPDATE cameras SET kind = 'ptz', onvif_url = ?, username = ?, password = ? "
                                               "WHERE id = ?"),
                         {sim.server.deviceUrl(0).toString(), sim.credentials.user, sim.credentials.password, cameraId})
                    .has_value());
    }
    QString out;
    const auto ctl = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PONTIVE_PTZ_CTL), QStringList{QStringLiteral("--database"), store.urlText(), QStringLiteral("ptz"),
                                                           QString::number(cameraId)}
                                                   + args);
        REQUIRE(p.waitForFinished(60000));
        out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (p.exitCode() != 0)
            WARN(p.readAllStandardError().toStdString());
        return p.exitCode();
    };
    CHECK(ctl({QStringLiteral("move"), QStringLiteral("0.5"), QStringLiteral("0"), QStringLiteral("--for"), QStringLiteral("300")})
          == 0);
    CHECK(sim.count(QStringLiteral("Stop")) == 1);
    CHECK(ctl({QStringLiteral("set"), QStringLiteral("Gerbang")}) == 0);  // prints the new token
    CHECK(ctl({QStringLiteral("goto"), out}) == 0);
    CHECK(sim.count(QStringLiteral("GotoPreset")) == 1);
    CHECK(auditRows(*db, QStringLiteral("ptz-move")) == 1);
    CHECK(auditRows(*db, QStringLiteral("ptz-preset")) == 1);
    CHECK(auditRows(*db, QStringLiteral("ptz-lock")) == 0);
    CHECK(auditRows(*db, QStringLiteral("ptz-unlock")) == 0);
    CHECK(!PtzRepository(db, Actor{}).lock(cameraId)->has_value());  // released after each command
}
