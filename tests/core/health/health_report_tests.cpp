#include "catch_qt.h"

#include "health/health_report.h"
#include "health/health_report_formatter.h"
#include "health/health_tables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace pontive::core;

namespace {

const QTimeZone kWib(7 * 3600);

QDateTime wib(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kWib).toUTC();
}

Camera camera(qint64 id, const QString &name, const QString &agency, MediaType media)
{
    Camera c;
    c.id = id;
    c.name = name;
    c.location = QStringLiteral("Tugu Khatulistiwa");
    c.agency = agency;
    c.media = media;
    return c;
}

HealthIncident incident(qint64 id, qint64 cameraId, QDateTime start, QDateTime end, OfflineCause cause)
{
    HealthIncident i;
    i.id = id;
    i.cameraId = cameraId;
    i.start = start;
    i.end = end;
    i.cause = cause;
    i.symptom = ProbeSymptom::Timeout;
    return i;
}

} // namespace

TEST_CASE("uptime of a day counts an outage across WIB midnight only inside the day", "[health][report]")
{
    const std::vector<Camera> cams{camera(1, QStringLiteral("A"), QStringLiteral("Dishub"), MediaType::Fiber)};
    // 22.00 on 31/01 to 02.00 on 01/02 WIB: 2 h of it fall on 01/02.
    const std::vector<HealthIncident> inc{incident(1, 1, wib(2027, 1, 31, 22), wib(2027, 2, 1, 2), OfflineCause::Power)};
    const auto r = HealthReport::compute(cams, inc, wib(2027, 2, 1, 0), wib(2027, 2, 2, 0), wib(2027, 3, 1, 0));
    REQUIRE(r.byCamera.size() == 1);
    CHECK(r.byCamera[0].offlineMs == 2 * 3600 * 1000);
    CHECK(r.byCamera[0].uptimePercent().value_or(-1.0) == Approx(100.0 * 22.0 / 24.0));
    // The whole outage is 4 h: that is its time to repair.
    CHECK(r.byCause[1].cause == OfflineCause::Power);
    CHECK(r.byCause[1].meanTimeToRepairMs() == 4 * 3600 * 1000);
}

TEST_CASE("the monthly trend splits an outage at the WIB month end, not the UTC one", "[health][report]")
{
    const std::vector<Camera> cams{camera(1, QStringLiteral("A"), QStringLiteral("Dishub"), MediaType::Fiber),
                                   camera(2, QStringLiteral("B"), QStringLiteral("Diskominfo"), MediaType::Wireless)};
    // 31/01 23.00 WIB to 01/02 03.00 WIB = 31/01 16.00 UTC to 31/01 20.00 UTC: all of it
    // in January by UTC, but 1 h in January and 3 h in February by WIB.
    const std::vector<HealthIncident> inc{incident(1, 2, wib(2027, 1, 31, 23), wib(2027, 2, 1, 3), OfflineCause::Media)};
    const auto r = HealthReport::compute(cams, inc, wib(2027, 1, 1, 0), wib(2027, 3, 1, 0), wib(2027, 6, 1, 0));
    REQUIRE(r.byMonth.size() == 2);
    CHECK(r.byMonth[0].month == QStringLiteral("2027-01"));
    CHECK(r.byMonth[0].offlineMs == 1 * 3600 * 1000);
    CHECK(r.byMonth[0].incidents == 1);
    CHECK(r.byMonth[1].month == QStringLiteral("2027-02"));
    CHECK(r.byMonth[1].offlineMs == 3 * 3600 * 1000);
    CHECK(r.byMonth[1].incidents == 0);
    CHECK(r.byMonth[1].periodMs == 2LL * 28 * 24 * 3600 * 1000);
    // Per agency and media: only Diskominfo's wireless camera lost time.
    REQUIRE(r.byAgency.size() == 2);
    CHECK(r.byAgency[0].name == QStringLiteral("Dishub"));
    CHECK(r.byAgency[0].uptimePercent().value_or(-1.0) == 100.0);
    CHECK(r.byAgency[1].offlineMs == 4 * 3600 * 1000);
    REQUIRE(r.byMedia.size() == 2);
    CHECK(r.byMedia[1].name == QStringLiteral("wireless"));
    CHECK(r.byMedia[1].offlineMs == 4 * 3600 * 1000);
}

TEST_CASE("an incident still open counts until now and the period stops at now", "[health][report]")
{
    const std::vector<Camera> cams{camera(1, QStringLiteral("A"), QStringLiteral("Dishub"), MediaType::Fiber)};
    const std::vector<HealthIncident> inc{incident(1, 1, wib(2027, 5, 10, 6), QDateTime(), OfflineCause::Camera)};
    const auto r = HealthReport::compute(cams, inc, wib(2027, 5, 10, 0), wib(2027, 5, 11, 0), wib(2027, 5, 10, 12));
    CHECK(r.total.periodMs == 12 * 3600 * 1000);
    CHECK(r.total.offlineMs == 6 * 3600 * 1000);
    CHECK(r.total.uptimePercent().value_or(-1.0) == Approx(50.0));
    CHECK(r.byCause[0].open == 1);
    CHECK(r.byCause[0].repaired == 0);
}

TEST_CASE("the report's CSV has one header per section and its JSON parses with the figures", "[health][report]")
{
    const std::vector<Camera> cams{camera(1, QStringLiteral("A"), QStringLiteral("Dishub"), MediaType::Fiber)};
    const std::vector<HealthIncident> inc{incident(9, 1, wib(2027, 5, 10, 6), wib(2027, 5, 10, 12), OfflineCause::Camera)};
    const QDateTime now = wib(2027, 6, 1, 0);
    const auto r = HealthReport::compute(cams, inc, wib(2027, 5, 10, 0), wib(2027, 5, 11, 0), now);
    const QString csv = HealthReportFormatter::toCsv(r, now);
    CHECK(csv.contains(QStringLiteral("# by_camera\r\nname,location,agency,media,uptime_percent,offline_minutes,incidents\r\n")));
    CHECK(csv.contains(QStringLiteral("A,Tugu Khatulistiwa,Dishub,fiber,75.00,360,1")));
    const auto json = QJsonDocument::fromJson(HealthReportFormatter::toJson(r, now).toUtf8()).object();
    CHECK(json.value(QStringLiteral("by_cause")).toArray().at(0).toObject().value(QStringLiteral("mean_time_to_repair_minutes")).toInt() == 360);
    CHECK(json.value(QStringLiteral("incidents")).toArray().at(0).toObject().value(QStringLiteral("start")).toString()
          == QStringLiteral("10/05/2027 06.00"));
    CHECK(HealthReportFormatter::toText(r, now).contains(QStringLiteral("75.00")));
}

TEST_CASE("a period no station monitored has an unknown uptime, an empty cell rather than 100 %", "[health][report]")
{
    const std::vector<Camera> cams{camera(1, QStringLiteral("A"), QStringLiteral("Dishub"), MediaType::Fiber)};
    const std::vector<HealthIncident> inc{incident(9, 1, wib(2027, 5, 10, 6), QDateTime(), OfflineCause::Camera)};
    const QDateTime now = wib(2027, 5, 11, 0);
    // The station records monitoring, but none of it falls inside the period.
    const auto r = HealthReport::compute(cams, inc, wib(2027, 5, 10, 0), now, now, std::vector<MonitoredSpan>{});
    CHECK(r.total.periodMs == 0);
    CHECK_FALSE(r.total.uptimePercent().has_value());
    REQUIRE(r.byCamera.size() == 1);
    CHECK_FALSE(r.byCamera[0].uptimePercent().has_value());
    REQUIRE(r.byAgency.size() == 1);
    CHECK_FALSE(r.byAgency[0].uptimePercent().has_value());
    REQUIRE(r.byMonth.size() == 1);
    CHECK_FALSE(r.byMonth[0].uptimePercent().has_value());
    const QString csv = HealthReportFormatter::toCsv(r, now);
    INFO(csv.toStdString());
    CHECK(csv.contains(QStringLiteral("A,Tugu Khatulistiwa,Dishub,fiber,,0,1\r\n")));
    CHECK_FALSE(csv.contains(QStringLiteral("100.00")));
    const auto json = QJsonDocument::fromJson(HealthReportFormatter::toJson(r, now).toUtf8()).object();
    CHECK(json.value(QStringLiteral("by_camera")).toArray().at(0).toObject().value(QStringLiteral("uptime_percent")).toString().isEmpty());
    // One monitored hour gives the figure back.
    const qint64 six = wib(2027, 5, 10, 5).toMSecsSinceEpoch();
    const auto monitored = HealthReport::compute(cams, inc, wib(2027, 5, 10, 0), now, now,
                                                 std::vector<MonitoredSpan>{{six, six + 2 * 3600 * 1000}});
    CHECK(monitored.total.uptimePercent().value_or(-1.0) == Approx(50.0));
}
