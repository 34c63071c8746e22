#include "catch_qt.h"
#include "test_store.h"

#include "import_export/camera_exporter.h"
#include "import_export/camera_importer.h"
#include "store/camera_repository.h"
#include "store/location_repository.h"
#include "store/sql.h"

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;

namespace {

const QByteArray kGoodCsv =
    "name,location,district,latitude,longitude,agency,kind,media,main_url,sub_url,tags\n"
    "Arah Utara,Simpang Garuda,Kota,-0.0300,109.3300,Dishub,ptz,fiber,rtsp://10.0.0.1/main,rtsp://10.0.0.1/sub,traffic\n"
    "\"Arah \"\"Selatan\"\"\",Simpang Garuda,Kota,,,Dishub,fixed,wireless,,,\n"
    "Gerbang,\"Taman Alun Kapuas, sisi sungai\",Kota,-0.0278,109.3428,Dinsos,fixed,fiber,,,public-service disaster-prone\n";

// An Indonesian spreadsheet: BOM, ';', Indonesian headers and words, comma decimals.
const QByteArray kIndonesianCsv =
    "\xEF\xBB\xBFnama;lokasi;kecamatan;lintang;bujur;dinas;jenis;media;url_utama\r\n"
    "Arah Barat;Simpang Kom Yos Sudarso;Barat;-0,0208;109,3105;Dishub;statis;serat optik;rtsp://10.0.0.2/main\r\n"
    "PTZ;Simpang Kom Yos Sudarso;Barat;-0,0208;109,3105;Dishub;PTZ;nirkabel;\r\n";

const QByteArray kGoodJson = R"([
  {"name": "PTZ", "location": "Tugu Khatulistiwa", "district": "Utara",
   "latitude": 0.0006, "longitude": 109.3219, "agency": "Diskominfo",
   "kind": "ptz", "media": "fiber", "tags": ["public-service"]},
  {"nama": "Arah Timur", "lokasi": "Tugu Khatulistiwa", "dinas": "Dinsos",
   "jenis": "statis", "media": "nirkabel"}
])";

int countRows(Database &db, const char *table)
{
    auto conn = db.connection();
    REQUIRE(conn);
    auto q = runQuery(*conn, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toInt();
}

const QString kHeader = QStringLiteral("name,location,agency,kind,media,main_url,latitude\n");

struct BadCase {
    const char *what;
    QByteArray data;
    int line;
    const char *column;
    const char *reasonPart;
};

} // namespace

TEST_CASE("import reads comma CSV with quotes and writes every row", "[import]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    auto report = CameraImporter(db, Actor{}).importData(kGoodCsv, QStringLiteral("good.csv"));
    REQUIRE(report);
    CHECK(report->issues.empty());
    CHECK(report->committed);
    CHECK(report->camerasAdded == 3);
    CHECK(report->locationsAdded == 2);
    auto all = CameraRepository(db, Actor{}).list();
    REQUIRE(all);
    QStringList names;
    for (const Camera &c : *all)
        names << c.name;
    CHECK(names.contains(QStringLiteral("Arah \"Selatan\"")));
    auto loc = LocationRepository(db, Actor{}).findByName(QStringLiteral("Taman Alun Kapuas, sisi sungai"));
    REQUIRE(loc);
    CHECK(loc->latitude.value() == Approx(-0.0278));
}

TEST_CASE("import reads an Indonesian spreadsheet: BOM, semicolons, Indonesian headers and comma decimals", "[import]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    auto report = CameraImporter(db, Actor{}).importData(kIndonesianCsv, QStringLiteral("kamera.csv"));
    REQUIRE(report);
    INFO((report->issues.empty() ? QString() : report->issues.front().text()).toStdString());
    CHECK(report->issues.empty());
    CHECK(report->camerasAdded == 2);
    auto loc = LocationRepository(db, Actor{}).findByName(QStringLiteral("Simpang Kom Yos Sudarso"));
    REQUIRE(loc);
    CHECK(loc->longitude.value() == Approx(109.3105));
    CameraFilter wireless;
    wireless.media = MediaType::Wireless;
    CHECK(CameraRepository(db, Actor{}).list(wireless)->size() == 1);
}

TEST_CASE("import reads JSON with English or Indonesian keys", "[import]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    auto report = CameraImporter(db, Actor{}).importData(kGoodJson, QStringLiteral("cams.json"));
    REQUIRE(report);
    CHECK(report->issues.empty());
    CHECK(report->camerasAdded == 2);
}

TEST_CASE("import refuses a file with any bad row, names file, line, column and reason, and writes nothing", "[import]")
{
    const std::vector<BadCase> cases{
        {"missing name", ",Simpang A,Dishub,fixed,fiber,,\n", 2, "name", "missing name"},
        {"unknown agency", "Cam,Simpang A,Dishubb,fixed,fiber,,\n", 2, "agency", "unknown agency"},
        {"unknown kind", "Cam,Simpang A,Dishub,dome,fiber,,\n", 2, "kind", "unknown kind"},
        {"unknown media", "Cam,Simpang A,Dishub,fixed,copper,,\n", 2, "media", "unknown media"},
        {"bad URL scheme", "Cam,Simpang A,Dishub,fixed,fiber,ftp://10.0.0.1/x,\n", 2, "main_url", "scheme"},
        {"latitude out of range", "Cam,Simpang A,Dishub,fixed,fiber,,95.5\n", 2, "latitude", "outside"},
        {"latitude not a number", "Cam,Simpang A,Dishub,fixed,fiber,,abc\n", 2, "latitude", "not a number"},
        {"duplicate name at one location", "Cam,Simpang A,Dishub,fixed,fiber,,\ncam,simpang a,Dishub,fixed,fiber,,\n", 3,
         "name", "duplicate"},
        {"invalid UTF-8", "Cam\xff\xfe,Simpang A,Dishub,fixed,fiber,,\n", 2, "", "UTF-8"},
        {"unbalanced quotes", "Cam,\"Simpang A,Dishub,fixed,fiber,,\nCam2,Simpang B,Dishub,fixed,fiber,,\n", 2, "",
         "unbalanced quotes"},
        {"too many fields", "Cam,Simpang A,Dishub,fixed,fiber,,,extra\n", 2, "", "fields"},
    };
    for (const BadCase &bad : cases) {
        DYNAMIC_SECTION(bad.what)
        {
            TestStore store("sqlite");
            auto db = store.open();
            REQUIRE(db);
            const int auditBefore = countRows(*db, "audit_log");
            // A good row first: it must not be written either.
            const QByteArray data = kHeader.toUtf8() + "Good,Simpang Z,Dishub,fixed,fiber,,\n" + bad.data;
            auto report = CameraImporter(db, Actor{}).importData(data, QStringLiteral("bad.csv"));
            REQUIRE(report);
            CHECK_FALSE(report->committed);
            REQUIRE_FALSE(report->issues.empty());
            const ImportIssue &issue = report->issues.front();
            CHECK(issue.file == QStringLiteral("bad.csv"));
            CHECK(issue.line == bad.line + 1);
            CHECK(issue.column == QLatin1String(bad.column));
            CHECK(issue.reason.contains(QLatin1String(bad.reasonPart)));
            CHECK(issue.text().startsWith(QStringLiteral("bad.csv:%1: ").arg(bad.line + 1)));
            CHECK(countRows(*db, "cameras") == 0);
            CHECK(countRows(*db, "locations") == 0);
            CHECK(countRows(*db, "audit_log") == auditBefore);
        }
    }
}

TEST_CASE("import refuses a name already in the store at that location", "[import]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    REQUIRE(CameraImporter(db, Actor{}).importData(kGoodCsv, QStringLiteral("a.csv"))->committed);
    auto again = CameraImporter(db, Actor{}).importData(kGoodCsv, QStringLiteral("a.csv"));
    REQUIRE(again);
    CHECK_FALSE(again->committed);
    CHECK(again->issues.size() == 3);
    CHECK(again->issues.front().reason.contains(QStringLiteral("already in the store")));
    CHECK(countRows(*db, "cameras") == 3);
}

TEST_CASE("import with skip-bad writes the good rows and still reports the bad ones", "[import]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    const QByteArray data = kHeader.toUtf8() + "Good,Simpang Z,Dishub,fixed,fiber,,\nBad,Simpang Z,Nobody,fixed,fiber,,\n";
    ImportOptions options;
    options.skipBad = true;
    auto report = CameraImporter(db, Actor{}).importData(data, QStringLiteral("mixed.csv"), options);
    REQUIRE(report);
    CHECK(report->committed);
    CHECK(report->camerasAdded == 1);
    REQUIRE(report->issues.size() == 1);
    CHECK(report->issues.front().line == 3);
}

TEST_CASE("a JSON error names the line of the bad object", "[import]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    const QByteArray json = "[\n  {\"name\": \"A\", \"location\": \"L\", \"agency\": \"Dishub\", \"kind\": \"ptz\", \"media\": \"fiber\"},\n"
                            "  {\"name\": \"B\", \"location\": \"L\", \"agency\": \"Dishub\", \"kind\": \"ptz\",\n"
                            "   \"media\": \"laser\"}\n]";
    auto report = CameraImporter(db, Actor{}).importData(json, QStringLiteral("x.json"));
    REQUIRE(report);
    REQUIRE(report->issues.size() == 1);
    CHECK(report->issues.front().line == 3);
    CHECK(report->issues.front().column == QStringLiteral("media"));
    auto broken = CameraImporter(db, Actor{}).importData("[\n{\"name\": \"A\",\n", QStringLiteral("y.json"));
    REQUIRE(broken);
    REQUIRE(broken->issues.size() == 1);
    CHECK(broken->issues.front().reason.contains(QStringLiteral("invalid JSON")));
    CHECK(countRows(*db, "cameras") == 0);
}

TEST_CASE("an export imports again into an empty store as the same inventory, without secrets unless asked", "[import]")
{
    TestStore source("sqlite");
    auto db = source.open();
    REQUIRE(db);
    REQUIRE(CameraImporter(db, Actor{}).importData(kGoodCsv, QStringLiteral("a.csv"))->committed);
    Camera withPassword = CameraRepository(db, Actor{}).list()->front();
    withPassword.password = QStringLiteral("canary-7731");
    withPassword.mainUrl = QStringLiteral("rtsp://admin:canary-7731@10.0.0.1/main");
    REQUIRE(CameraRepository(db, Actor{}).update(withPassword));
    const auto cameras = CameraRepository(db, Actor{}).list().value();
    const auto locations = LocationRepository(db, Actor{}).list().value();

    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        const QByteArray plain = CameraExporter::write(cameras, locations, format, false);
        CHECK_FALSE(plain.contains("canary-7731"));
        const QByteArray secret = CameraExporter::write(cameras, locations, format, true);
        CHECK(secret.contains("canary-7731"));

        TestStore target("sqlite");
        auto db2 = target.open();
        REQUIRE(db2);
        auto report = CameraImporter(db2, Actor{}).importData(secret, format == ExportFormat::Csv ? QStringLiteral("e.csv")
                                                                                                  : QStringLiteral("e.json"));
        REQUIRE(report);
        INFO((report->issues.empty() ? QString() : report->issues.front().text()).toStdString());
        REQUIRE(report->committed);
        const auto copy = CameraRepository(db2, Actor{}).list().value();
        REQUIRE(copy.size() == cameras.size());
        for (std::size_t i = 0; i < copy.size(); ++i) {
            CHECK(copy[i].name == cameras[i].name);
            CHECK(copy[i].location == cameras[i].location);
            CHECK(copy[i].agency == cameras[i].agency);
            CHECK(copy[i].kind == cameras[i].kind);
            CHECK(copy[i].media == cameras[i].media);
            CHECK(copy[i].mainUrl == cameras[i].mainUrl);
            CHECK(copy[i].password == cameras[i].password);
            CHECK(copy[i].tags == cameras[i].tags);
        }
    }
}

TEST_CASE("a thousand malformed rows are each reported with their line and nothing is written", "[import]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    QByteArray data = kHeader.toUtf8();
    for (int i = 0; i < 1000; ++i) {
        switch (i % 4) {
        case 0: data += "Cam" + QByteArray::number(i) + ",Simpang A,Nobody,fixed,fiber,,\n"; break;
        case 1: data += ",Simpang A,Dishub,fixed,fiber,,\n"; break;
        case 2: data += "Cam" + QByteArray::number(i) + ",Simpang A,Dishub,fixed,fiber,notaurl,\n"; break;
        default: data += "Cam" + QByteArray::number(i) + ",Simpang A,Dishub,fixed,fiber,,-91\n"; break;
        }
    }
    auto report = CameraImporter(db, Actor{}).importData(data, QStringLiteral("many.csv"));
    REQUIRE(report);
    CHECK_FALSE(report->committed);
    REQUIRE(report->issues.size() == 1000);
    for (int i = 0; i < 1000; ++i)
        CHECK(report->issues[std::size_t(i)].line == i + 2);
    CHECK(countRows(*db, "cameras") == 0);
}
