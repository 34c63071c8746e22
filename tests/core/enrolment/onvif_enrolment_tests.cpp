#include "catch_qt.h"
#include "sim_fixture.h"
#include "test_store.h"

#include "enrolment/onvif_enrolment.h"
#include "store/camera_repository.h"
#include "store/location_repository.h"
#include "store/sql.h"

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;

namespace {

EnrolmentRequest requestFor(const QUrl &url, const QString &password = QStringLiteral("secret"))
{
    return {url, QStringLiteral("admin"), password, QStringLiteral("Dishub"), QStringLiteral("Tugu Khatulistiwa"),
            QString(), MediaType::Wireless};
}

qint64 addLocation(const std::shared_ptr<Database> &db)
{
    Location location;
    location.name = QStringLiteral("Tugu Khatulistiwa");
    location.district = QStringLiteral("Pontianak Utara");
    location.agency = QStringLiteral("Dishub");
    auto id = LocationRepository(db, Actor{}).add(location);
    REQUIRE(id);
    return *id;
}

int cameraRows(Database &db)
{
    auto conn = db.connection();
    REQUIRE(conn);
    auto q = runQuery(*conn, QStringLiteral("SELECT COUNT(*) FROM cameras"));
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toInt();
}

} // namespace

TEST_CASE("a camera enrolled by its ONVIF address is stored with its model, kind and both streams", "[enrolment]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    addLocation(db);

    auto fixed = SimFixture::camera(QStringLiteral("Gate"));
    fixed.ptz = false;
    fixed.model = QStringLiteral("SimCam Bullet");
    SimFixture sim({SimFixture::camera(QStringLiteral("Dome")), fixed});

    auto dome = OnvifEnrolment::describe(requestFor(sim.server.deviceUrl(0)));
    REQUIRE(dome);
    CHECK(dome->name == QStringLiteral("Pontive SimCam PTZ"));
    CHECK(dome->kind == CameraKind::Ptz);
    CHECK(dome->media == MediaType::Wireless);
    CHECK(dome->mainUrl == QStringLiteral("rtsp://127.0.0.1:8554/Dome/main"));
    CHECK(dome->subUrl == QStringLiteral("rtsp://127.0.0.1:8554/Dome/sub"));
    CHECK(dome->onvifUrl == sim.server.deviceUrl(0).toString());
    CHECK(dome->notes.contains(QStringLiteral("SimCam PTZ")));

    auto request = requestFor(sim.server.deviceUrl(1));
    request.name = QStringLiteral("  Gerbang Timur ");
    auto gate = OnvifEnrolment::describe(request);
    REQUIRE(gate);
    CHECK(gate->name == QStringLiteral("Gerbang Timur"));
    CHECK(gate->kind == CameraKind::Fixed);

    CameraRepository cameras(db, Actor{});
    auto domeId = cameras.add(*dome);
    REQUIRE(domeId);
    REQUIRE(cameras.add(*gate));
    auto stored = cameras.get(*domeId);
    REQUIRE(stored);
    CHECK(stored->location == QStringLiteral("Tugu Khatulistiwa"));
    CHECK(stored->agency.compare(QStringLiteral("Dishub"), Qt::CaseInsensitive) == 0);
    CHECK(stored->kind == CameraKind::Ptz);
    CHECK(stored->subUrl == dome->subUrl);
    CHECK(stored->password == QStringLiteral("secret"));

    // The same camera a second time at the same point is refused, nothing more is written.
    CHECK_FALSE(cameras.add(*dome));
    CHECK(cameraRows(*db) == 2);
}

TEST_CASE("enrolling with a wrong password or an address nobody answers says why and writes nothing", "[enrolment]")
{
    SimFixture sim;
    auto wrong = OnvifEnrolment::describe(requestFor(sim.server.deviceUrl(0), QStringLiteral("not-the-password")));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::NotAuthorized);

    const QUrl gone = sim.server.deviceUrl(0);
    sim.server.stop();
    auto unreachable = OnvifEnrolment::describe(requestFor(gone));
    REQUIRE_FALSE(unreachable);
    CHECK(unreachable.error().code == ErrorCode::Unreachable);

    auto bad = OnvifEnrolment::describe(requestFor(QUrl(QStringLiteral("not an address"))));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::BadInput);
}
