#include "catch_qt.h"
#include "test_store.h"

#include "store/agency_repository.h"
#include "store/audit_log.h"
#include "store/camera_repository.h"
#include "store/database.h"
#include "store/location_repository.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "util/url_redaction.h"

#include <QCryptographicHash>
#include <QFile>

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Camera sampleCamera(const QString &name, const QString &location)
{
    Camera c;
    c.name = name;
    c.location = location;
    c.agency = QStringLiteral("Dishub");
    c.kind = CameraKind::Ptz;
    c.media = MediaType::Wireless;
    c.mainUrl = QStringLiteral("rtsp://10.1.2.3/main");
    c.subUrl = QStringLiteral("rtsp://10.1.2.3/sub");
    c.username = QStringLiteral("admin");
    c.password = QStringLiteral("s3cret");
    c.tags = {QStringLiteral("traffic"), QStringLiteral("disaster-prone")};
    return c;
}

int auditRows(Database &db)
{
    auto conn = db.connection();
    REQUIRE(conn);
    auto q = runQuery(*conn, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toInt();
}

} // namespace

TEST_CASE("migrations build the schema on an empty store and a second open changes nothing", "[store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    {
        auto db = store.open();
        REQUIRE(db);
        auto conn = db->connection();
        REQUIRE(conn);
        CHECK(Migrations::currentVersion(*conn).value() == Migrations::latestVersion());
        auto agencies = AgencyRepository(db, Actor{}).list();
        REQUIRE(agencies);
        CHECK(agencies->size() == 3);
    }
    auto again = store.open();
    REQUIRE(again);
    auto conn = again->connection();
    REQUIRE(conn);
    auto rows = runQuery(*conn, QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
    REQUIRE(rows);
    REQUIRE(rows->next());
    CHECK(rows->value(0).toInt() == Migrations::latestVersion());
}

TEST_CASE("a store written by a newer schema is refused and left untouched", "[store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    {
        auto db = store.open();
        REQUIRE(db);
        auto conn = db->connection();
        REQUIRE(conn);
        REQUIRE(runQuery(*conn, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_ms) VALUES (999, 'future', 0)")));
    }
    if (engine == "sqlite") {
        // Checkpoint the WAL so the file alone holds everything, then compare bytes.
        {
            auto db = Database::open(store.url());
            REQUIRE_FALSE(db);
        }
        const QByteArray before = fileHash(store.url().path);
        auto db = Database::open(store.url());
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::SchemaTooNew);
        CHECK(fileHash(store.url().path) == before);
    } else {
        auto db = Database::open(store.url());
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::SchemaTooNew);
        CHECK(db.error().message.contains(QStringLiteral("newer")));
    }
}

TEST_CASE("a file that is not a database is refused and left untouched", "[store][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("camera list\nthis is not a database, but a text file that someone named .db\n");
    f.close();
    const QByteArray before = fileHash(path);
    DatabaseUrl url;
    url.path = path;
    auto db = Database::open(url);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a read-only store file is refused and left untouched", "[store][sqlite]")
{
    TestStore store("sqlite");
    REQUIRE(store.open());
    const QString path = store.url().path;
    // Fold the WAL into the file first so the file is whole on its own.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileHash(path);
    auto db = Database::open(store.url());
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::ReadOnly);
    CHECK(fileHash(path) == before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("a camera round-trips with its tags and every change leaves one audit row", "[store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    const Actor actor{QStringLiteral("operator1"), QStringLiteral("console-2")};
    LocationRepository locations(db, actor);
    CameraRepository cameras(db, actor);
    Location l;
    l.name = QStringLiteral("Simpang Garuda");
    l.district = QStringLiteral("Kota");
    l.agency = QStringLiteral("dishub");
    l.latitude = -0.03;
    l.longitude = 109.33;
    REQUIRE(locations.add(l));
    const int auditBefore = auditRows(*db);

    auto id = cameras.add(sampleCamera(QStringLiteral("PTZ Utara"), l.name));
    REQUIRE(id);
    auto read = cameras.get(*id);
    REQUIRE(read);
    CHECK(read->name == QStringLiteral("PTZ Utara"));
    CHECK(read->location == l.name);
    CHECK(read->district == QStringLiteral("Kota"));
    CHECK(read->agency == QStringLiteral("Dishub"));
    CHECK(read->kind == CameraKind::Ptz);
    CHECK(read->media == MediaType::Wireless);
    CHECK(read->password == QStringLiteral("s3cret"));
    CHECK(read->tags == QStringList{QStringLiteral("disaster-prone"), QStringLiteral("traffic")});
    CHECK(auditRows(*db) == auditBefore + 1);

    read->notes = QStringLiteral("tiang miring");
    read->password = QStringLiteral("n3w");
    REQUIRE(cameras.update(*read));
    CHECK(auditRows(*db) == auditBefore + 2);
    auto conn = db->connection();
    REQUIRE(conn);
    auto last = AuditLog::recent(*conn, 1);
    REQUIRE(last);
    CHECK(last->front().actor == QStringLiteral("operator1"));
    CHECK(last->front().station == QStringLiteral("console-2"));
    CHECK(last->front().detail.contains(QStringLiteral("password")));
    CHECK_FALSE(last->front().detail.contains(QStringLiteral("n3w")));

    REQUIRE(cameras.setStatus(*id, CameraStatus::Offline, OfflineCause::Power, QDateTime::currentDateTimeUtc()));
    CHECK(cameras.get(*id)->cause == OfflineCause::Power);
    REQUIRE(cameras.remove(*id));
    CHECK_FALSE(cameras.get(*id));
    CHECK(auditRows(*db) == auditBefore + 4);
}

TEST_CASE("a second camera with the same name at one location is refused", "[store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    Location l;
    l.name = QStringLiteral("Tugu Khatulistiwa");
    l.agency = QStringLiteral("Diskominfo");
    REQUIRE(LocationRepository(db, Actor{}).add(l));
    CameraRepository cameras(db, Actor{});
    REQUIRE(cameras.add(sampleCamera(QStringLiteral("Arah Utara"), l.name)));
    auto twice = cameras.add(sampleCamera(QStringLiteral("Arah Utara"), l.name));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(cameras.count().value() == 1);
}

TEST_CASE("names with quotes, semicolons and SQL text are stored literally", "[store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    Location l;
    l.name = QStringLiteral("Simpang Ya'M Sabran; DROP TABLE cameras; --");
    l.agency = QStringLiteral("Dishub");
    REQUIRE(LocationRepository(db, Actor{}).add(l));
    CameraRepository cameras(db, Actor{});
    const QString name = QStringLiteral("\"Robert'); DELETE FROM cameras;--\" 100% _x_");
    REQUIRE(cameras.add(sampleCamera(name, l.name)));
    auto all = cameras.list();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->front().name == name);
    CHECK(all->front().location == l.name);
    CameraFilter literalPercent;
    literalPercent.search = QStringLiteral("100%");
    CHECK(cameras.list(literalPercent)->size() == 1);
    CameraFilter noMatch;
    noMatch.search = QStringLiteral("1000%");
    CHECK(cameras.list(noMatch)->empty());
}

TEST_CASE("filters narrow the camera list by agency, status, kind, media, district, tag and text", "[store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    Location a;
    a.name = QStringLiteral("Simpang A");
    a.district = QStringLiteral("Barat");
    a.agency = QStringLiteral("Dishub");
    Location b = a;
    b.name = QStringLiteral("Taman B");
    b.district = QStringLiteral("Utara");
    b.agency = QStringLiteral("Diskominfo");
    LocationRepository locations(db, Actor{});
    REQUIRE(locations.add(a));
    REQUIRE(locations.add(b));
    CameraRepository cameras(db, Actor{});
    Camera c1 = sampleCamera(QStringLiteral("One"), a.name);
    Camera c2 = sampleCamera(QStringLiteral("Two"), b.name);
    c2.agency = QStringLiteral("Dinsos");
    c2.kind = CameraKind::Fixed;
    c2.media = MediaType::Fiber;
    c2.tags = {QStringLiteral("public-service")};
    c2.status = CameraStatus::Offline;
    REQUIRE(cameras.add(c1));
    REQUIRE(cameras.add(c2));

    auto names = [&](const CameraFilter &f) {
        QStringList out;
        const auto listed = cameras.list(f).value();
        for (const Camera &c : listed)
            out << c.name;
        return out;
    };
    CameraFilter f;
    f.agency = QStringLiteral("DINSOS");
    CHECK(names(f) == QStringList{QStringLiteral("Two")});
    f = {};
    f.status = CameraStatus::Offline;
    CHECK(names(f) == QStringList{QStringLiteral("Two")});
    f = {};
    f.kind = CameraKind::Ptz;
    CHECK(names(f) == QStringList{QStringLiteral("One")});
    f = {};
    f.media = MediaType::Fiber;
    CHECK(names(f) == QStringList{QStringLiteral("Two")});
    f = {};
    f.district = QStringLiteral("barat");
    CHECK(names(f) == QStringList{QStringLiteral("One")});
    f = {};
    f.tag = QStringLiteral("traffic");
    CHECK(names(f) == QStringList{QStringLiteral("One")});
    f = {};
    f.search = QStringLiteral("taman");
    CHECK(names(f) == QStringList{QStringLiteral("Two")});
}

TEST_CASE("credentials in URLs are redacted for display and stripped for export", "[store]")
{
    CHECK(redactUrl(QStringLiteral("rtsp://admin:secret@10.0.0.5:554/Streaming/101"))
          == QStringLiteral("rtsp://admin:***@10.0.0.5:554/Streaming/101"));
    CHECK(redactUrl(QStringLiteral("see rtsp://u:p@h/x and http://a:b@c/")) == QStringLiteral("see rtsp://u:***@h/x and http://a:***@c/"));
    CHECK(redactUrl(QStringLiteral("rtsp://10.0.0.5/x")) == QStringLiteral("rtsp://10.0.0.5/x"));
    CHECK(stripUrlPassword(QStringLiteral("rtsp://admin:secret@h/x")) == QStringLiteral("rtsp://admin@h/x"));
}

TEST_CASE("database URLs name SQLite files and PostgreSQL servers", "[store]")
{
    auto sqlite = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/pontive/wall.db"));
    REQUIRE(sqlite);
    CHECK(sqlite->engine == Engine::Sqlite);
    CHECK(sqlite->path == QStringLiteral("/var/lib/pontive/wall.db"));
    auto pg = DatabaseUrl::parse(QStringLiteral("postgresql://wall:pw@db.pontive:5433/pontive"));
    REQUIRE(pg);
    CHECK(pg->engine == Engine::Postgres);
    CHECK(pg->host == QStringLiteral("db.pontive"));
    CHECK(pg->port == 5433);
    CHECK(pg->database == QStringLiteral("pontive"));
    CHECK_FALSE(pg->displayName().contains(QStringLiteral("pw")));
    CHECK_FALSE(DatabaseUrl::parse(QStringLiteral("mysql://x/y")));
    CHECK_FALSE(DatabaseUrl::parse(QStringLiteral("postgresql://host:5432/")));
}
