#include "catch_qt.h"

#include "../core/media/camsim_process.h"
#include "media/decoder_choice.h"
#include "media/media_engine.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real pontivectl in English against a store in `dir`.
Run ctl(const QTemporaryDir &dir, const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extraEnv);
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PONTIVE_DATABASE"), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PONTIVECTL_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// "Online   136" -> the number after the label on its line of the summary table.
int figure(const QString &text, const QString &label)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(label + QLatin1Char(' ')))
            return line.mid(label.size()).trimmed().toInt();
    }
    return -1;
}

// "resolution: 640x360" -> "640x360": the value on the probe's line for `label`.
QString probeValue(const QString &text, const QString &label)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.startsWith(label + QLatin1Char(':')))
            return line.mid(label.size() + 1).trimmed();
    return {};
}

// Distinct colours in a coarse grid over the image: a flat or empty picture has one.
int distinctColours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += qMax(1, image.height() / 16))
        for (int x = 0; x < image.width(); x += qMax(1, image.width() / 16))
            seen.insert(image.pixel(x, y));
    return static_cast<int>(seen.size());
}

} // namespace

TEST_CASE("pontivectl report summary prints the office's figures on the demo city", "[ctl]")
{
    QTemporaryDir dir;
    REQUIRE(ctl(dir, {QStringLiteral("init")}).exitCode == 0);
    const Run demo = ctl(dir, {QStringLiteral("demo")});
    CHECK(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("147 cameras at 51 points")));
    const Run report = ctl(dir, {QStringLiteral("report"), QStringLiteral("summary")});
    REQUIRE(report.exitCode == 0);
    CHECK(figure(report.out, QStringLiteral("Cameras installed")) == 147);
    CHECK(figure(report.out, QStringLiteral("Online")) == 136);
    CHECK(figure(report.out, QStringLiteral("Offline")) == 11);
    CHECK(figure(report.out, QStringLiteral("Fiber optic")) == 138);
    CHECK(figure(report.out, QStringLiteral("Wireless")) == 9);
    CHECK(figure(report.out, QStringLiteral("PTZ")) == 30);
    CHECK(figure(report.out, QStringLiteral("Fixed")) == 117);
    CHECK(figure(report.out, QStringLiteral("Camera points")) == 51);
    CHECK(figure(report.out, QStringLiteral("Points owned by Dishub")) == 41);
    CHECK(figure(report.out, QStringLiteral("Points owned by Diskominfo")) == 10);
    const Run json = ctl(dir, {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.exitCode == 0);
    CHECK(json.out.contains(QStringLiteral("\"online\": 136")));
    const Run again = ctl(dir, {QStringLiteral("demo")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("not empty")));
}

TEST_CASE("pontivectl exits 2 on usage errors and 1 on refused input", "[ctl]")
{
    QTemporaryDir dir;
    CHECK(ctl(dir, {}).exitCode == 2);
    CHECK(ctl(dir, {QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(ctl(dir, {QStringLiteral("cameras"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("sideways")}).exitCode == 2);
    CHECK(ctl(dir, {QStringLiteral("cameras"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(ctl(dir, {QStringLiteral("--database"), QStringLiteral("mysql://x/y"), QStringLiteral("init")}).exitCode == 2);
    const Run missing = ctl(dir, {QStringLiteral("cameras"), QStringLiteral("show"), QStringLiteral("no such camera")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("no camera named")));
    const Run version = ctl(dir, {QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("pontivectl " PONTIVE_VERSION)));
}

TEST_CASE("pontivectl import reports every bad row as FILE:LINE and writes nothing", "[ctl]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kamera.csv"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("nama;lokasi;dinas;jenis;media\n"
            "Arah Utara;Simpang Garuda;Dishub;statis;serat optik\n"
            "Arah Selatan;Simpang Garuda;Dishubb;statis;serat optik\n"
            ";Simpang Garuda;Dishub;PTZ;kabel\n");
    f.close();
    const Run bad = ctl(dir, {QStringLiteral("import"), file});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(file + QStringLiteral(":3: agency: unknown agency 'Dishubb'")));
    CHECK(bad.err.contains(file + QStringLiteral(":4: name: missing name")));
    CHECK(bad.err.contains(file + QStringLiteral(":4: media: unknown media 'kabel'")));
    CHECK(ctl(dir, {QStringLiteral("cameras"), QStringLiteral("list")}).out.contains(QStringLiteral("0 camera(s)")));
    const Run skip = ctl(dir, {QStringLiteral("import"), file, QStringLiteral("--skip-bad")});
    CHECK(skip.exitCode == 1);  // bad rows were reported
    CHECK(skip.out.contains(QStringLiteral("imported 1 cameras")));
}

TEST_CASE("pontivectl never prints a password and redacts credentials in URLs", "[ctl]")
{
    QTemporaryDir dir;
    REQUIRE(ctl(dir, {QStringLiteral("locations"), QStringLiteral("add"), QStringLiteral("Simpang Garuda"),
                      QStringLiteral("--agency"), QStringLiteral("Dishub"), QStringLiteral("--district"), QStringLiteral("Kota")})
                .exitCode == 0);
    const Run add = ctl(dir,
                        {QStringLiteral("cameras"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Canary"),
                         QStringLiteral("--location"), QStringLiteral("Simpang Garuda"), QStringLiteral("--agency"),
                         QStringLiteral("Dishub"), QStringLiteral("--kind"), QStringLiteral("ptz"), QStringLiteral("--media"),
                         QStringLiteral("fiber"), QStringLiteral("--main-url"),
                         QStringLiteral("rtsp://admin:canary-5521@10.9.8.7/main"), QStringLiteral("--user"),
                         QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                        "canary-5521\n");
    REQUIRE(add.exitCode == 0);
    for (const QStringList &args : {QStringList{QStringLiteral("cameras"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("cameras"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")},
                                    QStringList{QStringLiteral("cameras"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
                                    QStringList{QStringLiteral("cameras"), QStringLiteral("show"), QStringLiteral("Canary")},
                                    QStringList{QStringLiteral("export")}, QStringList{QStringLiteral("audit")}}) {
        const Run r = ctl(dir, args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 0);
        CHECK_FALSE(r.out.contains(QStringLiteral("canary-5521")));
        CHECK_FALSE(r.err.contains(QStringLiteral("canary-5521")));
    }
    CHECK(ctl(dir, {QStringLiteral("cameras"), QStringLiteral("show"), QStringLiteral("Canary")})
              .out.contains(QStringLiteral("rtsp://admin:***@10.9.8.7/main")));
    CHECK(ctl(dir, {QStringLiteral("export"), QStringLiteral("--with-secrets")}).out.contains(QStringLiteral("canary-5521")));
}

TEST_CASE("pontivectl booking rooms adds, edits and removes rooms with opening hours and capacity", "[ctl][booking]")
{
    QTemporaryDir dir;
    REQUIRE(ctl(dir, {QStringLiteral("init")}).exitCode == 0);
    const QString b = QStringLiteral("booking");
    const QString r = QStringLiteral("rooms");
    const Run add = ctl(dir, {b, r, QStringLiteral("add"), QStringLiteral("Ruang Kecil"), QStringLiteral("--opens"),
                              QStringLiteral("08:00"), QStringLiteral("--closes"), QStringLiteral("16.30"),
                              QStringLiteral("--capacity"), QStringLiteral("12")});
    CHECK(add.exitCode == 0);
    const Run edit = ctl(dir, {b, r, QStringLiteral("edit"), QStringLiteral("Ruang Kecil"), QStringLiteral("--capacity"),
                               QStringLiteral("15"), QStringLiteral("--name"), QStringLiteral("Ruang Rapat Kecil")});
    CHECK(edit.exitCode == 0);
    CHECK(edit.out.contains(QStringLiteral("08.00-16.30, capacity 15")));
    const Run list = ctl(dir, {b, r});
    CHECK(list.out.contains(QStringLiteral("Ruang Rapat Kecil")));
    CHECK(ctl(dir, {b, r, QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--opens"), QStringLiteral("25:00")})
              .exitCode
          == 2);
    const Run lastRoom = ctl(dir, {b, r, QStringLiteral("remove"), QStringLiteral("Pontive Center")});
    CHECK(lastRoom.exitCode == 0);   // two rooms: the first may go while it has no bookings
    const Run only = ctl(dir, {b, r, QStringLiteral("remove"), QStringLiteral("Ruang Rapat Kecil")});
    CHECK(only.exitCode == 1);
    CHECK(only.err.contains(QStringLiteral("only room")));
}

TEST_CASE("pontivectl booking cancels a whole series, exports it as one RRULE and prints the usage report as PDF",
          "[ctl][booking]")
{
    QTemporaryDir dir;
    REQUIRE(ctl(dir, {QStringLiteral("init")}).exitCode == 0);
    const QString b = QStringLiteral("booking");
    const Run add = ctl(dir, {b, QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Apel"),
                              QStringLiteral("--agency"), QStringLiteral("Diskominfo"), QStringLiteral("--organiser"),
                              QStringLiteral("Budi"), QStringLiteral("--start"), QStringLiteral("2031-01-06T08:00"),
                              QStringLiteral("--end"), QStringLiteral("2031-01-06T09:00"), QStringLiteral("--approve"),
                              QStringLiteral("--rrule"), QStringLiteral("FREQ=WEEKLY;COUNT=4"), QStringLiteral("--except"),
                              QStringLiteral("2031-01-13")});
    REQUIRE(add.exitCode == 0);
    const Run ics = ctl(dir, {b, QStringLiteral("export-ics")});
    REQUIRE(ics.exitCode == 0);
    CHECK(ics.out.count(QStringLiteral("BEGIN:VEVENT")) == 1);
    CHECK(ics.out.contains(QStringLiteral("RRULE:FREQ=WEEKLY;UNTIL=20310127T010000Z")));
    CHECK(ics.out.contains(QStringLiteral("EXDATE:20310113T010000Z")));

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("laporan.pdf"));
    const Run report = ctl(dir, {b, QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("--output"), pdf});
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains(QStringLiteral("3 meeting(s)")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == QByteArray("%PDF"));
    CHECK(file.size() > 2000);
    CHECK(ctl(dir, {b, QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode == 2);

    const Run cancel = ctl(dir, {b, QStringLiteral("cancel"), QStringLiteral("2"), QStringLiteral("--series"),
                                 QStringLiteral("--reason"), QStringLiteral("libur")});
    REQUIRE(cancel.exitCode == 0);
    const Run list = ctl(dir, {b, QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("cancelled"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(list.out.count(QStringLiteral("libur")) == 3);
}

// ---- health remark and health report --format pdf (issue 7) ----

TEST_CASE("pontivectl health report writes the office's PDF with the demo city's figures", "[ctl][health][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(ctl(dir, {QStringLiteral("demo")}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("laporan.pdf"));
    // --format pdf without a file is a usage error.
    CHECK(ctl(dir, {QStringLiteral("health"), QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf")})
              .exitCode == 2);
    const Run run = ctl(dir, {QStringLiteral("health"), QStringLiteral("report"), QStringLiteral("--from"),
                                    QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-01-31"),
                                    QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(120000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(body.contains(QStringLiteral("01/01/2027")));
    CHECK(body.contains(QStringLiteral("31/01/2027")));
    CHECK(body.contains(QStringLiteral("147")));
    CHECK(body.contains(QStringLiteral("136")));
    CHECK(body.contains(QStringLiteral("Diskominfo")));
    // The CSV goes to a file too, and parses as sections with headers.
    const QString csv = dir.filePath(QStringLiteral("laporan.csv"));
    REQUIRE(ctl(dir, {QStringLiteral("health"), QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--output"), csv})
                .exitCode == 0);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().contains("# by_camera"));
}

TEST_CASE("pontivectl health remark needs a text, a known camera and an incident to remark on", "[ctl][health]")
{
    QTemporaryDir dir;
    REQUIRE(ctl(dir, {QStringLiteral("demo")}).exitCode == 0);
    CHECK(ctl(dir, {QStringLiteral("health"), QStringLiteral("remark"), QStringLiteral("1")}).exitCode == 2);
    CHECK(ctl(dir, {QStringLiteral("health"), QStringLiteral("remark"), QStringLiteral("1"), QStringLiteral("--text"),
                          QStringLiteral("adaptor diganti"), QStringLiteral("--fixed-at"), QStringLiteral("kemarin")})
              .exitCode == 2);
    const Run unknown = ctl(dir, {QStringLiteral("health"), QStringLiteral("remark"), QStringLiteral("99999"),
                                        QStringLiteral("--text"), QStringLiteral("x")});
    CHECK(unknown.exitCode == 1);
    // A camera that was never offline under the monitor has no incident: refused, said so.
    const Run none = ctl(dir, {QStringLiteral("health"), QStringLiteral("remark"), QStringLiteral("1"), QStringLiteral("--text"),
                                     QStringLiteral("adaptor diganti"), QStringLiteral("--fixed-at"), QStringLiteral("2027-01-31T14:30")});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("incident")));
}

TEST_CASE("pontivectl report uptime and incidents print their parts of the health report", "[ctl][health]")
{
    QTemporaryDir dir;
    REQUIRE(ctl(dir, {QStringLiteral("demo")}).exitCode == 0);
    const QString r = QStringLiteral("report");
    const Run uptime = ctl(dir, {r, QStringLiteral("uptime"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(uptime.exitCode == 0);
    CHECK(uptime.out.contains(QStringLiteral("# by_agency")));
    CHECK(uptime.out.contains(QStringLiteral("# by_month")));
    CHECK_FALSE(uptime.out.contains(QStringLiteral("# incidents")));
    const Run incidents = ctl(dir, {r, QStringLiteral("incidents"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(incidents.exitCode == 0);
    CHECK(incidents.out.contains(QStringLiteral("\"by_cause\"")));
    CHECK(incidents.out.contains(QStringLiteral("\"incidents\"")));
    CHECK_FALSE(incidents.out.contains(QStringLiteral("\"by_agency\"")));
    CHECK(ctl(dir, {r, QStringLiteral("weekly")}).exitCode == 2);
}

TEST_CASE("pontivectl probe decodes a camera through the wall's engine and saves a snapshot that is a picture",
          "[ctl][probe][camsim]")
{
    pontive::test::CamsimProcess camsim;
    REQUIRE(camsim.isReady());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("probe.png"));
    const Run run = ctl(dir, {QStringLiteral("probe"), camsim.url(QStringLiteral("cam/001/sub")), QStringLiteral("--seconds"),
                              QStringLiteral("2"), QStringLiteral("--snapshot"), png});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(probeValue(run.out, QStringLiteral("state")) == QStringLiteral("Playing"));
    CHECK(probeValue(run.out, QStringLiteral("codec")) == QStringLiteral("H264"));
    CHECK(probeValue(run.out, QStringLiteral("resolution")) == QStringLiteral("640x360"));
    CHECK(probeValue(run.out, QStringLiteral("decoder")).endsWith(QStringLiteral("(software)")));
    CHECK(probeValue(run.out, QStringLiteral("frames")).toInt() > 10);
    CHECK(probeValue(run.out, QStringLiteral("fps")).toDouble() > 10.0);
    CHECK(probeValue(run.out, QStringLiteral("kbit/s")).toDouble() > 50.0);
    CHECK(probeValue(run.out, QStringLiteral("first frame")).endsWith(QStringLiteral(" ms")));
    const QImage snapshot(png);
    REQUIRE(!snapshot.isNull());
    CHECK(snapshot.size() == QSize(640, 360));
    CHECK(distinctColours(snapshot) > 20);

    // A one-second probe of the H.265 camera still reports its rates (averaged over the watch).
    const Run brief = ctl(dir, {QStringLiteral("probe"), camsim.url(QStringLiteral("cam/002/sub")), QStringLiteral("--seconds"),
                                QStringLiteral("1")});
    INFO(brief.out.toStdString());
    REQUIRE(brief.exitCode == 0);
    CHECK(probeValue(brief.out, QStringLiteral("codec")) == QStringLiteral("H265"));
    CHECK(probeValue(brief.out, QStringLiteral("fps")).toDouble() > 10.0);
    CHECK(probeValue(brief.out, QStringLiteral("kbit/s")).toDouble() > 50.0);
}

TEST_CASE("pontivectl probe exits 1 with the reason when a stream cannot play", "[ctl][probe][camsim]")
{
    pontive::test::CamsimProcess camsim({QStringLiteral("--user"), QStringLiteral("viewer"), QStringLiteral("--password"),
                                         QStringLiteral("probe-pw-31")});
    REQUIRE(camsim.isReady());
    QTemporaryDir dir;
    const auto probe = [&](const QString &url) {
        return ctl(dir, {QStringLiteral("probe"), url, QStringLiteral("--seconds"), QStringLiteral("5")});
    };

    const Run wrongPassword = probe(camsim.url(QStringLiteral("cam/001/sub"), QStringLiteral("viewer:not-it")));
    CHECK(wrongPassword.exitCode == 1);
    CHECK(wrongPassword.err.contains(QStringLiteral("authentication failed")));
    CHECK(!QString(wrongPassword.out + wrongPassword.err).contains(QStringLiteral("not-it"))); // never the password

    const Run missing = probe(camsim.url(QStringLiteral("cam/999/sub"), QStringLiteral("viewer:probe-pw-31")));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("stream not found")));
    CHECK(probeValue(missing.out, QStringLiteral("frames")) == QStringLiteral("0"));

    const Run right = probe(camsim.url(QStringLiteral("cam/001/sub"), QStringLiteral("viewer:probe-pw-31")));
    CHECK(right.exitCode == 0);
    CHECK(!QString(right.out + right.err).contains(QStringLiteral("probe-pw-31")));

    const Run unsupported = probe(camsim.url(QStringLiteral("unsupported"), QStringLiteral("viewer:probe-pw-31")));
    CHECK(unsupported.exitCode == 1);
    CHECK(unsupported.err.contains(QStringLiteral("unsupported codec")));
}

TEST_CASE("pontivectl probe says once that no H.264 decoder is installed instead of trying the stream",
          "[ctl][probe][camsim]")
{
    // The decoders this machine has, all ranked out of reach in the probe's process (as
    // if gstreamer1.0-libav were not installed).
    auto engine = pontive::core::MediaEngine::create();
    REQUIRE(engine);
    pontive::core::gst::DecoderChoice choice;
    const std::vector<std::string> decoders = choice.decodersFor("video/x-h264");
    REQUIRE(!decoders.empty());
    QStringList ranks;
    for (const std::string &name : decoders)
        ranks << QString::fromStdString(name) + QStringLiteral(":NONE");
    QProcessEnvironment env;
    env.insert(QStringLiteral("GST_PLUGIN_FEATURE_RANK"), ranks.join(QLatin1Char(',')));

    pontive::test::CamsimProcess camsim;
    REQUIRE(camsim.isReady());
    QTemporaryDir dir;
    const Run run = ctl(dir, {QStringLiteral("probe"), camsim.url(QStringLiteral("cam/001/sub")), QStringLiteral("--seconds"),
                              QStringLiteral("2")},
                        {}, env);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("No H.264 video decoder is installed")));
    CHECK(run.out.isEmpty()); // refused before any stream was opened
}
