// make bench: the store's speed on 10,000 synthetic cameras, each figure beside a
// baseline measured in the same run (raw prepared SQL on the same engine), because these
// machines are noisy. Prints; asserts nothing.
#include "import_export/camera_importer.h"
#include "store/camera_repository.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace pontive;
using namespace pontive::core;

namespace {

constexpr int kCameras = 10000;
constexpr int kLocations = 1000;
const char *const kDistricts[] = {"Kota", "Barat", "Selatan", "Tenggara", "Timur", "Utara"};
const char *const kAgencies[] = {"Dishub", "Dinsos", "Diskominfo"};

QByteArray syntheticCsv()
{
    QByteArray csv = "name,location,district,latitude,longitude,agency,kind,media,main_url,sub_url,tags,status,cause\n";
    for (int i = 0; i < kCameras; ++i) {
        const int loc = i % kLocations;
        csv += QStringLiteral("Cam %1,Point %2,%3,%4,%5,%6,%7,%8,rtsp://10.%9.%10.%11/main,rtsp://10.%9.%10.%11/sub,traffic,%12,%13\n")
                   .arg(i)
                   .arg(loc)
                   .arg(QLatin1String(kDistricts[loc % 6]))
                   .arg(-0.03 - (loc % 50) * 0.001)
                   .arg(109.30 + (loc % 70) * 0.001)
                   .arg(QLatin1String(kAgencies[i % 3]))
                   .arg(i % 5 == 0 ? QStringLiteral("ptz") : QStringLiteral("fixed"))
                   .arg(i % 15 == 0 ? QStringLiteral("wireless") : QStringLiteral("fiber"))
                   .arg(i / 65536)
                   .arg((i / 256) % 256)
                   .arg(i % 256)
                   .arg(i % 13 == 0 ? QStringLiteral("offline") : QStringLiteral("online"))
                   .arg(i % 13 == 0 ? QStringLiteral("power") : QString())
                   .toUtf8();
    }
    return csv;
}

std::shared_ptr<Database> freshStore(const QTemporaryDir &dir, const QString &name)
{
    DatabaseUrl url;
    url.path = dir.filePath(name);
    auto db = Database::open(url);
    if (!db)
        qFatal("cannot open bench store: %s", qPrintable(db.error().fullText()));
    return *db;
}

// The floor: the same rows written with bare prepared statements, no parsing or checks.
double rawInsertSeconds(Database &db)
{
    auto conn = db.connection().value();
    QElapsedTimer t;
    t.start();
    auto tx = Transaction::begin(conn, db.engine()).value();
    QSqlQuery loc(conn);
    loc.prepare(QStringLiteral("INSERT INTO locations (name, district, agency_id) VALUES (?, ?, 1)"));
    for (int l = 0; l < kLocations; ++l) {
        loc.addBindValue(QStringLiteral("Point %1").arg(l));
        loc.addBindValue(QString::fromLatin1(kDistricts[l % 6]));
        loc.exec();
    }
    QSqlQuery cam(conn);
    cam.prepare(QStringLiteral("INSERT INTO cameras (name, location_id, agency_id, kind, media, main_url, sub_url, "
                               "created_ms, updated_ms) VALUES (?, ?, ?, 'fixed', 'fiber', ?, ?, 0, 0)"));
    for (int i = 0; i < kCameras; ++i) {
        cam.addBindValue(QStringLiteral("Cam %1").arg(i));
        cam.addBindValue(i % kLocations + 1);
        cam.addBindValue(i % 3 + 1);
        cam.addBindValue(QStringLiteral("rtsp://10.0.0.1/main"));
        cam.addBindValue(QStringLiteral("rtsp://10.0.0.1/sub"));
        cam.exec();
    }
    (void)tx.commit();
    return t.nsecsElapsed() / 1e9;
}

template <class F>
double medianMs(int runs, F &&f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QByteArray csv = syntheticCsv();

    auto baselineDb = freshStore(dir, QStringLiteral("baseline.db"));
    const double rawSeconds = rawInsertSeconds(*baselineDb);

    auto db = freshStore(dir, QStringLiteral("import.db"));
    QElapsedTimer t;
    t.start();
    auto report = CameraImporter(db, Actor{QStringLiteral("bench"), QStringLiteral("bench")})
                      .importData(csv, QStringLiteral("bench.csv"));
    const double importSeconds = t.nsecsElapsed() / 1e9;
    if (!report || !report->committed)
        qFatal("bench import failed");

    CameraRepository repo(db, Actor{});
    CameraFilter filter;
    filter.status = CameraStatus::Offline;
    filter.agency = QStringLiteral("Dishub");
    std::size_t listed = 0;
    const double listMs = medianMs(21, [&] { listed = repo.list(filter)->size(); });
    CameraFilter search;
    search.search = QStringLiteral("cam 99");
    const double searchMs = medianMs(21, [&] { (void)repo.list(search); });
    auto conn = db->connection().value();
    const double rawListMs = medianMs(21, [&] {
        auto q = runQuery(conn, QStringLiteral("SELECT c.id, c.name, c.status FROM cameras c JOIN agencies a ON a.id = c.agency_id "
                                               "WHERE c.status = ? AND a.code = ?"),
                          {QStringLiteral("offline"), QStringLiteral("Dishub")});
        while (q->next()) {
        }
    });

    const double rawSearchMs = medianMs(21, [&] {
        const QString pattern = QStringLiteral("%cam 99%");
        auto q = runQuery(conn, QStringLiteral("SELECT c.id, c.name FROM cameras c JOIN locations l ON l.id = c.location_id "
                                               "WHERE lower(c.name) LIKE ? OR lower(l.name) LIKE ? OR lower(c.notes) LIKE ?"),
                          {pattern, pattern, pattern});
        while (q->next()) {
        }
    });

    out << "store benchmark (SQLite, " << kCameras << " cameras at " << kLocations << " points)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("what"), -34)
               .arg(QStringLiteral("time"), 10)
               .arg(QStringLiteral("baseline"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("target"));
    auto row = [&](const QString &what, double value, double base, const QString &unit, double target) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(what, -34)
                   .arg(QString::number(value, 'f', unit == QLatin1String("s") ? 3 : 2) + unit, 10)
                   .arg(QString::number(base, 'f', unit == QLatin1String("s") ? 3 : 2) + unit, 10)
                   .arg(QString::number(value / base, 'f', 2) + QLatin1Char('x'), 7)
                   .arg(QStringLiteral("<= %1%2 %3").arg(target).arg(unit).arg(value <= target ? QStringLiteral("ok")
                                                                                               : QStringLiteral("OVER")));
    };
    row(QStringLiteral("import 10k cameras (CSV, checked)"), importSeconds, rawSeconds, QStringLiteral("s"), 2.0);
    row(QStringLiteral("list offline Dishub (%1 rows)").arg(listed), listMs, rawListMs, QStringLiteral("ms"), 20.0);
    row(QStringLiteral("list search 'cam 99'"), searchMs, rawSearchMs, QStringLiteral("ms"), 20.0);
    out.flush();
    return 0;
}
