// The health report PDF (needs a QGuiApplication for its fonts: the GUI test main).
#include "catch_qt.h"
#include "test_store.h"

#include "demo/demo_city.h"
#include "health/health_report_query.h"
#include "health/health_repository.h"
#include "health_report_pdf.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;

namespace {

QDateTime dt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// One offline incident of `id` from `startMs`, written as the monitor would.
void recordOutage(const std::shared_ptr<Database> &db, qint64 id, qint64 startMs)
{
    HealthEvent e;
    e.kind = HealthEvent::Kind::WentOffline;
    e.start = std::chrono::system_clock::time_point(std::chrono::milliseconds(startMs));
    e.symptom = ProbeSymptom::Timeout;
    e.failures = 3;
    DebounceState state{CameraStatus::Offline, 3, e.start, ProbeSymptom::Timeout};
    REQUIRE(HealthRepository(db, Actor{}).recordProbe(id, ProbeResult::failure(ProbeSymptom::Timeout, QStringLiteral("no reply")),
                                                       state, e, dt(startMs + 180000)));
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(120000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

TEST_CASE("the health report PDF has the office's figures, charts' titles, WIB dates and several pages", "[health][pdf]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    REQUIRE(DemoCity::load(*db, Actor{}));
    // One outage in January: 31/01 23.00 WIB to 01/02 01.30 WIB, crossing midnight and the month's end.
    auto cameras = HealthRepository(db, Actor{}).current();
    REQUIRE(cameras);
    const qint64 id = cameras->front().camera.id;
    const QTimeZone wib(7 * 3600);
    const qint64 start = QDateTime(QDate(2027, 1, 31), QTime(23, 0), wib).toMSecsSinceEpoch();
    recordOutage(db, id, start);
    const QDateTime from = QDateTime(QDate(2027, 1, 1), QTime(0, 0), wib).toUTC();
    const QDateTime to = QDateTime(QDate(2027, 3, 1), QTime(0, 0), wib).toUTC();
    const QDateTime now = QDateTime(QDate(2027, 3, 2), QTime(9, 15), wib).toUTC();
    auto report = loadHealthReport(db, Actor{}, from, to, now);
    REQUIRE(report);
    auto summary = loadSummaryReport(db, Actor{});
    REQUIRE(summary);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laporan.pdf"));
    REQUIRE(HealthReportPdf::write({*summary, *report, now}, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    const int pages = pdfPages(path);
    CHECK(pages >= 4);   // summary, 147 cameras' uptime, causes, trend, incidents
    const QString text = pdfText(path);
    INFO(text.left(3000).toStdString());
    CHECK(text.contains(QStringLiteral("147")));
    CHECK(text.contains(QStringLiteral("135")));   // 136 online in the demo, one taken down above
    CHECK(text.contains(QStringLiteral("138")));
    CHECK(text.contains(QStringLiteral("117")));
    CHECK(text.contains(QStringLiteral("01/01/2027")));
    CHECK(text.contains(QStringLiteral("28/02/2027")));        // the last day, included
    CHECK(text.contains(QStringLiteral("02/03/2027 09.15")));  // printed at, WIB
    CHECK(text.contains(QStringLiteral("31/01/2027 23.00")));  // the incident's start, WIB
    CHECK(text.contains(QStringLiteral("Dishub")));
    CHECK(text.contains(QStringLiteral("Page %1").arg(pages)));
}


TEST_CASE("the PDF says unknown, not 100 %, for a period no station monitored", "[health][pdf]")
{
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    REQUIRE(DemoCity::load(*db, Actor{}));
    auto summary = loadSummaryReport(db, Actor{});
    REQUIRE(summary);
    Camera camera;
    camera.id = 1;
    camera.name = QStringLiteral("CAM 001");
    camera.location = QStringLiteral("Tugu Khatulistiwa");
    camera.agency = QStringLiteral("Dishub");
    const QTimeZone wib(7 * 3600);
    const QDateTime from = QDateTime(QDate(2027, 5, 10), QTime(0, 0), wib).toUTC();
    const QDateTime to = from.addDays(1);
    const auto report = HealthReport::compute({camera}, {}, from, to, to, std::vector<MonitoredSpan>{});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kosong.pdf"));
    REQUIRE(HealthReportPdf::write({*summary, report, to}, path));
    const QString text = pdfText(path);
    const auto start = text.indexOf(QStringLiteral("2. Uptime"));
    const auto end = text.indexOf(QStringLiteral("3. O"));
    REQUIRE(start >= 0);
    REQUIRE(end > start);
    const QString uptime = text.mid(start, end - start);
    INFO(uptime.toStdString());
    CHECK(uptime.contains(QStringLiteral("unknown, no station was monitoring")));
    CHECK(uptime.contains(QStringLiteral("CAM 001")));
    CHECK(uptime.contains(QStringLiteral("–")));
    CHECK_FALSE(uptime.contains(QStringLiteral("100.00")));
    CHECK_FALSE(uptime.contains(QStringLiteral("Uptime by agency")));  // no chart of unknowns
}

TEST_CASE("with the Indonesian translation the health report PDF is in Bahasa Indonesia", "[health][pdf][i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/pontive_id.qm")));
    QCoreApplication::installTranslator(&translator);
    Camera camera;
    camera.id = 1;
    camera.name = QStringLiteral("CAM 001");
    const QTimeZone wib(7 * 3600);
    const QDateTime from = QDateTime(QDate(2027, 5, 10), QTime(0, 0), wib).toUTC();
    const auto report = HealthReport::compute({camera}, {}, from, from.addDays(1), from.addDays(1), std::vector<MonitoredSpan>{});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laporan.pdf"));
    const auto written = HealthReportPdf::write({SummaryReport{}, report, from.addDays(1)}, path);
    QCoreApplication::removeTranslator(&translator);
    REQUIRE(written);
    const QString text = pdfText(path);
    INFO(text.left(2000).toStdString());
    CHECK(text.contains(QStringLiteral("PEMERINTAH KOTA PONTIANAK")));
    CHECK(text.contains(QStringLiteral("LAPORAN KESEHATAN KAMERA")));
    CHECK(text.contains(QStringLiteral("2. Waktu aktif")));
    CHECK(text.contains(QStringLiteral("tidak diketahui")));
    CHECK(text.contains(QStringLiteral("Halaman 1")));
    CHECK_FALSE(text.contains(QStringLiteral("Uptime")));
}
