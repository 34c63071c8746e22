#include "catch_qt.h"
#include "test_store.h"

#include "demo/demo_city.h"
#include "health/health_report_query.h"
#include "report/summary_report_formatter.h"
#include "store/agency_repository.h"
#include "store/camera_repository.h"
#include "store/layout_repository.h"
#include "store/location_repository.h"

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;

TEST_CASE("the demo city reproduces the office's figures exactly", "[demo]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    auto loaded = DemoCity::load(*db, Actor{});
    REQUIRE(loaded);
    const auto report = SummaryReport::compute(CameraRepository(db, Actor{}).list().value(),
                                               LocationRepository(db, Actor{}).list().value(),
                                               AgencyRepository(db, Actor{}).list().value());
    const SummaryCounts &t = report.total;
    CHECK(t.cameras == 147);
    CHECK(t.online == 136);
    CHECK(t.offline == 11);
    CHECK(t.fiber == 138);
    CHECK(t.wireless == 9);
    CHECK(t.ptz == 30);
    CHECK(t.fixed == 117);
    CHECK(t.points == 51);
    // The three causes the office names all occur.
    CHECK(t.offlineCamera > 0);
    CHECK(t.offlinePower > 0);
    CHECK(t.offlineMedia > 0);
    CHECK(t.offlineCamera + t.offlinePower + t.offlineMedia == 11);
    std::map<QString, SummaryCounts> byAgency;
    for (const SummaryCounts &a : report.byAgency)
        byAgency[a.name] = a;
    CHECK(byAgency[QStringLiteral("Dishub")].points == 41);
    CHECK(byAgency[QStringLiteral("Diskominfo")].points == 10);
    CHECK(byAgency[QStringLiteral("Dinsos")].cameras > 0);
    CHECK(report.byDistrict.size() == 6);
    for (const SummaryCounts &d : report.byDistrict)
        CHECK(d.points > 0);
}

TEST_CASE("the demo city is the same every time and stays inside Pontianak", "[demo]")
{
    const auto a = DemoCity::generate();
    const auto b = DemoCity::generate();
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].camera.name == b[i].camera.name);
        CHECK(a[i].camera.status == b[i].camera.status);
        CHECK(a[i].camera.kind == b[i].camera.kind);
        // The city lies around 0.0 N, 109.3 E.
        CHECK(a[i].location.latitude.value() > -0.1);
        CHECK(a[i].location.latitude.value() < 0.05);
        CHECK(a[i].location.longitude.value() > 109.25);
        CHECK(a[i].location.longitude.value() < 109.40);
        CHECK(a[i].camera.mainUrl.startsWith(QStringLiteral("rtsp://127.0.0.1:")));
    }
}

TEST_CASE("the demo city loads into an empty store only", "[demo]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    REQUIRE(DemoCity::load(*db, Actor{}));
    auto twice = DemoCity::load(*db, Actor{});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Refused);
    CHECK(CameraRepository(db, Actor{}).count().value() == 147);
}

TEST_CASE("the demo city comes with a ready 'Pontive Center' layout of PTZ cameras", "[demo]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    const Actor station{QStringLiteral("op"), QStringLiteral("console-1")};
    REQUIRE(DemoCity::load(*db, station));
    auto layout = LayoutRepository(db, station).layout(QStringLiteral("Pontive Center"));
    REQUIRE(layout);
    CHECK(layout->cells.size() == 13);
    int assigned = 0;
    for (const LayoutCell &c : layout->cells) {
        if (!c.cameraId)
            continue;
        ++assigned;
        auto cam = CameraRepository(db, station).get(*c.cameraId);
        REQUIRE(cam);
        CHECK(cam->kind == CameraKind::Ptz);
    }
    CHECK(assigned == 13);
    CHECK(LayoutRepository(db, station).screenLayout(QStringLiteral("console")).value() == *layout);
}

TEST_CASE("the summary report prints the office's figures as table, CSV and JSON", "[demo][report]")
{
    std::vector<Camera> cameras;
    std::vector<Location> locations;
    for (const InventoryItem &item : DemoCity::generate()) {
        cameras.push_back(item.camera);
        if (locations.empty() || locations.back().name != item.location.name)
            locations.push_back(item.location);
    }
    const auto report = SummaryReport::compute(cameras, locations, {});
    const QString text = SummaryReportFormatter::toText(report);
    CHECK(text.contains(QStringLiteral("Cameras installed             147")));
    CHECK(text.contains(QStringLiteral("Points owned by Dishub         41")));
    const QString csv = SummaryReportFormatter::toCsv(report);
    CHECK(csv.contains(QStringLiteral("total,total,51,147,136,11,")));
    const QString json = SummaryReportFormatter::toJson(report);
    CHECK(json.contains(QStringLiteral("\"cameras\": 147")));
}

TEST_CASE("the demo city's offline cameras have their outages on record, so their uptime is below 100 %", "[demo][health]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    REQUIRE(DemoCity::load(*db, Actor{}));
    CameraFilter offlineOnly;
    offlineOnly.status = CameraStatus::Offline;
    const auto offline = CameraRepository(db, Actor{}).list(offlineOnly);
    REQUIRE(offline);
    REQUIRE(offline->size() == 11);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto report = loadHealthReport(db, Actor{}, now.addDays(-60), now, now);
    REQUIRE(report);
    CHECK(report->incidents.size() == 11);
    for (const Camera &c : *offline) {
        INFO(c.name.toStdString());
        const auto incident = std::find_if(report->incidents.begin(), report->incidents.end(),
                                           [&](const HealthIncident &i) { return i.cameraId == c.id; });
        REQUIRE(incident != report->incidents.end());
        CHECK_FALSE(incident->end.isValid());                 // still open
        CHECK(incident->start == c.statusSince);             // since it went offline
        CHECK(incident->cause == c.cause);                    // the cause the office counts it under
        const auto row = std::find_if(report->byCamera.begin(), report->byCamera.end(),
                                      [&](const UptimeRow &r) { return r.cameraId == c.id; });
        REQUIRE(row != report->byCamera.end());
        CHECK(row->uptimePercent().value_or(100.0) < 100.0);
    }
    // The office's counts by cause stay those of the demo: 4 camera, 4 power, 3 media.
    const auto recounted = CameraRepository(db, Actor{}).list(offlineOnly);
    REQUIRE(recounted);
    CHECK(std::count_if(recounted->begin(), recounted->end(), [](const Camera &c) { return c.cause == OfflineCause::Power; }) == 4);
    CHECK(std::count_if(recounted->begin(), recounted->end(), [](const Camera &c) { return c.cause == OfflineCause::Media; }) == 3);
}
