#include "catch_qt.h"

#include "health/alarm_banner.h"
#include "health/cause_dialog.h"
#include "health/health_console.h"
#include "health/health_data_service.h"
#include "health/health_report_window.h"
#include "health/health_repository.h"
#include "health/health_table_model.h"
#include "health/health_view.h"
#include "health/offline_alarm.h"
#include "health/probe_detail.h"
#include "camera_tree_model.h"
#include "demo/demo_city.h"
#include "main_window.h"
#include "store/camera_list_loader.h"
#include "test_store.h"
#include "util/wib_time.h"
#include "wall/video_tile.h"
#include "wall/wall_view.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QLabel>

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTimeZone>

using namespace pontive;
using namespace std::chrono_literals;

namespace {

core::CameraHealth health(qint64 id, const QString &name, core::CameraStatus status, bool confirmed = false)
{
    core::CameraHealth h;
    h.camera.id = id;
    h.camera.name = name;
    h.camera.location = QStringLiteral("Simpang Garuda");
    h.camera.agency = QStringLiteral("Dishub");
    h.camera.status = status;
    h.camera.cause = core::OfflineCause::Power;
    h.camera.statusSince = QDateTime(QDate(2027, 1, 31), QTime(17, 30), Qt::UTC);   // 01/02 00.30 WIB
    h.symptom = status == core::CameraStatus::Offline ? core::ProbeSymptom::Timeout : core::ProbeSymptom::None;
    h.causeConfirmed = confirmed;
    h.lastError = status == core::CameraStatus::Offline ? QStringLiteral("no RTSP reply within 5000 ms") : QString();
    return h;
}

} // namespace

TEST_CASE("the health table shows state, WIB since, uptime and a suggested cause until confirmed", "[health][ui]")
{
    ui::HealthTableModel model;
    model.setRows({health(1, QStringLiteral("CAM 001"), core::CameraStatus::Online),
                   health(2, QStringLiteral("CAM 002"), core::CameraStatus::Offline),
                   health(3, QStringLiteral("CAM 003"), core::CameraStatus::Offline, true)},
                  {{1, 99.5}, {2, 87.25}});
    REQUIRE(model.rowCount() == 3);
    using M = ui::HealthTableModel;
    CHECK(model.data(model.index(0, M::Since)).toString() == QStringLiteral("01/02/2027 00.30"));
    CHECK(model.data(model.index(1, M::Uptime)).toString() == QLocale().toString(87.25, 'f', 2));
    CHECK(model.data(model.index(2, M::Uptime)).toString().isEmpty());
    CHECK(model.data(model.index(1, M::Cause)).toString().contains(QStringLiteral("suggested")));
    CHECK_FALSE(model.data(model.index(2, M::Cause)).toString().contains(QStringLiteral("suggested")));
    CHECK(model.data(model.index(0, M::Cause)).toString().isEmpty());
    CHECK(model.data(model.index(1, M::LastError)).toString() == QStringLiteral("no RTSP reply within 5000 ms"));
    CHECK_FALSE(model.data(model.index(1, M::State), Qt::DecorationRole).isNull());

    // The offline list: a proxy on the status role, like the tree's filters.
    QSortFilterProxyModel offline;
    offline.setSourceModel(&model);
    offline.setFilterRole(M::StatusRole);
    offline.setFilterFixedString(QString::number(int(core::CameraStatus::Offline)));
    CHECK(offline.rowCount() == 2);
}

TEST_CASE("with the Indonesian translation the last error is in Bahasa Indonesia, a camera's own text as it came",
          "[health][ui][i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/pontive_id.qm")));
    QCoreApplication::installTranslator(&translator);
    // As the RTSP prober stores them: in English, numbers filled in.
    const QString stored[] = {core::ProbeDetail::make(core::ProbeDetail::kNoReplyWithin, 5000),
                              QStringLiteral("the camera closed the connection"), QStringLiteral("DESCRIBE answered 454"),
                              QStringLiteral("ONVIF: Sender not authorized")};
    std::vector<core::CameraHealth> rows;
    for (int i = 0; i < 4; ++i) {
        rows.push_back(health(i + 1, QStringLiteral("CAM %1").arg(i + 1), core::CameraStatus::Offline));
        rows.back().lastError = stored[i];
    }
    ui::HealthTableModel model;
    model.setRows(rows, {});
    const auto shown = [&](int row) { return model.data(model.index(row, ui::HealthTableModel::LastError)).toString(); };
    const QString header = model.headerData(ui::HealthTableModel::LastError, Qt::Horizontal).toString();
    const QString timeout = shown(0), closed = shown(1), answered = shown(2), camera = shown(3);
    QCoreApplication::removeTranslator(&translator);

    CHECK(header == QStringLiteral("Galat terakhir"));
    CHECK(timeout == QStringLiteral("tidak ada balasan RTSP dalam 5000 ms"));
    CHECK(closed == QStringLiteral("kamera menutup sambungan"));
    CHECK(answered == QStringLiteral("DESCRIBE dijawab 454"));
    CHECK(camera == QStringLiteral("ONVIF: Sender not authorized")); // the camera's words, untranslatable
    // Without the translation, what was stored.
    CHECK(shown(0) == stored[0]);
    CHECK(shown(0) == QStringLiteral("no RTSP reply within 5000 ms"));
}

TEST_CASE("the offline alarm counts new offline cameras until the operator acknowledges", "[health][ui]")
{
    ui::OfflineAlarm alarm;
    QSignalSpy raised(&alarm, &ui::OfflineAlarm::raised);
    QSignalSpy acknowledged(&alarm, &ui::OfflineAlarm::acknowledged);
    CHECK(alarm.isHidden());
    alarm.cameraWentOffline(1, QStringLiteral("CAM 001"), core::ProbeSymptom::Timeout);
    alarm.cameraWentOffline(2, QStringLiteral("CAM 002"), core::ProbeSymptom::Refused);
    CHECK_FALSE(alarm.isHidden());
    CHECK(raised.count() == 1);
    CHECK(alarm.pending() == 2);
    CHECK(alarm.text().contains(QStringLiteral("2")));
    CHECK(alarm.toolTip().contains(QStringLiteral("CAM 002")));
    // Back before anyone looked: it leaves the alarm.
    alarm.cameraBackOnline(1);
    CHECK(alarm.pending() == 1);
    alarm.click();
    CHECK(acknowledged.count() == 1);
    CHECK(acknowledged.at(0).at(0).toInt() == 1);
    CHECK(alarm.pending() == 0);
    CHECK(alarm.isHidden());
}

// ---- The health view, the alarm in the console and the reports window (issue 7) ----

namespace {

std::vector<core::Camera> consoleCameras()
{
    std::vector<core::Camera> out;
    for (qint64 id = 1; id <= 3; ++id) {
        core::Camera c;
        c.id = id;
        c.name = QStringLiteral("CAM %1").arg(id, 3, 10, QLatin1Char('0'));
        c.location = QStringLiteral("Simpang Garuda");
        c.district = QStringLiteral("Pontianak Kota");
        c.agency = id == 3 ? QStringLiteral("Diskominfo") : QStringLiteral("Dishub");
        c.status = core::CameraStatus::Online;
        out.push_back(c);
    }
    return out;
}

// A camera of the demo city with one offline incident, in a real SQLite store.
struct HealthStore {
    test::TestStore store{"sqlite"};
    std::shared_ptr<core::Database> db;
    qint64 offlineId = 0;

    HealthStore()
    {
        db = store.open();
        REQUIRE(db);
        REQUIRE(core::DemoCity::load(*db, core::Actor{}));
        auto rows = core::HealthRepository(db, core::Actor{}).current();
        REQUIRE(rows);
        offlineId = rows->front().camera.id;
        REQUIRE(takeOffline(offlineId, core::ProbeSymptom::Unreachable, std::chrono::hours(2)));
    }

    // What the monitor writes when a camera goes offline, `ago` after the first failure.
    bool takeOffline(qint64 id, core::ProbeSymptom symptom, std::chrono::system_clock::duration ago) const
    {
        core::HealthEvent e;
        e.kind = core::HealthEvent::Kind::WentOffline;
        e.start = std::chrono::system_clock::now() - ago;
        e.symptom = symptom;
        e.failures = 3;
        core::DebounceState state{core::CameraStatus::Offline, 3, e.start, symptom};
        return core::HealthRepository(db, core::Actor{})
            .recordProbe(id, core::ProbeResult::failure(symptom, QStringLiteral("no reply")), state, e,
                         QDateTime::currentDateTimeUtc())
            .has_value();
    }
};

} // namespace

TEST_CASE("the health view lists every camera, filters like the tree, and records a cause through the store", "[health][ui]")
{
    HealthStore s;
    core::HealthDataService service(s.db);
    ui::HealthView view;
    view.setService(&service);
    REQUIRE(QTest::qWaitFor([&] { return view.model()->rowCount() >= 147; }, 60000));
    CHECK(view.allTable()->model()->rowCount() == view.model()->rowCount());
    // The offline list: the demo's 11 and the one just recorded, each with a cause.
    const int offline = view.offlineTable()->model()->rowCount();
    CHECK(offline >= 11);
    CHECK(view.tabs()->tabText(1).contains(QString::number(offline)));
    for (int r = 0; r < offline; ++r)
        CHECK_FALSE(view.offlineTable()->model()->index(r, ui::HealthTableModel::Cause).data().toString().isEmpty());
    // Uptime over 30 days (no station has recorded its coverage: the whole period counts):
    // a figure for every camera, below 100 for the one offline now.
    const core::CameraHealth *row = view.model()->row(s.offlineId);
    REQUIRE(row);
    const auto uptimeOf = [&](qint64 cameraId) {
        for (int r = 0; r < view.model()->rowCount(); ++r)
            if (view.model()->index(r, 0).data(ui::HealthTableModel::CameraIdRole).toLongLong() == cameraId)
                return view.model()->index(r, ui::HealthTableModel::Uptime).data().toString();
        return QStringLiteral("(no row)");
    };
    const QString offlineUptime = uptimeOf(s.offlineId);
    REQUIRE_FALSE(offlineUptime.isEmpty());
    CHECK(QLocale().toDouble(offlineUptime) < 100.0);
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("healthSearch"));
    REQUIRE(search);
    search->setText(row->camera.name + QLatin1Char(' ') + row->camera.location);
    CHECK(view.allTable()->model()->rowCount() >= 1);
    CHECK(view.allTable()->model()->rowCount() < 147);
    auto *status = view.findChild<QComboBox *>(QStringLiteral("healthStatusFilter"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(int(core::CameraStatus::Online)));
    CHECK(view.allTable()->model()->rowCount() == 0);   // that camera is offline
    search->clear();
    status->setCurrentIndex(0);

    // Live figures from the stream engine: only while playing.
    view.setLive({{s.offlineId, {core::StreamState::Playing, core::OfflineReason::None, {}, 24.5, 812.0}}});
    int source = -1;
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        if (view.model()->index(r, 0).data(ui::HealthTableModel::CameraIdRole).toLongLong() == s.offlineId)
            source = r;
    }
    REQUIRE(source >= 0);
    CHECK(view.model()->index(source, ui::HealthTableModel::Fps).data().toString() == QLocale().toString(24.5, 'f', 1));
    CHECK(view.model()->index(source, ui::HealthTableModel::Bitrate).data().toString().contains(QStringLiteral("812")));

    // The cause: the same core function as `pontivectl health cause`, on the worker thread.
    QSignalSpy confirmed(&service, &core::HealthDataService::causeConfirmed);
    service.confirmCause(s.offlineId, core::OfflineCause::Power, QStringLiteral("PLN padam sejak pagi"));
    REQUIRE(QTest::qWaitFor([&] { return confirmed.count() == 1; }, 60000));
    REQUIRE(QTest::qWaitFor([&] {
        const core::CameraHealth *h = view.model()->row(s.offlineId);
        return h && h->causeConfirmed && h->camera.cause == core::OfflineCause::Power;
    }, 60000));

    // A station that has only just started has monitored no time yet: uptime is unknown
    // (blank), not 100 % for cameras that are offline.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(core::HealthRepository(s.db, core::Actor{}).recordMonitored(now, now, std::chrono::seconds(30)));
    service.refresh(30);
    REQUIRE(QTest::qWaitFor([&] { return uptimeOf(s.offlineId).isEmpty(); }, 60000));
}

TEST_CASE("the cause dialog needs a note before it records", "[health][ui]")
{
    ui::CauseDialog dialog(QStringLiteral("CAM 001 — Simpang Garuda"), core::OfflineCause::Media);
    auto *box = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(box);
    CHECK(dialog.cause() == core::OfflineCause::Media);
    CHECK_FALSE(box->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setNote(QStringLiteral("kabel FO putus"));
    CHECK(box->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setCause(core::OfflineCause::Camera);
    CHECK(dialog.cause() == core::OfflineCause::Camera);
}

TEST_CASE("an offline camera raises the alarm in the status bar, a banner, the tree and its tile until acknowledged", "[health][ui]")
{
    ui::MainWindow window(nullptr, QStringLiteral("test"));
    auto board = std::make_shared<core::LiveStreamBoard>();
    core::HealthAlarmSettings settings(QDir::temp().filePath(QStringLiteral("pontive-health-ui-%1.ini").arg(QCoreApplication::applicationPid())));
    settings.setSoundEnabled(false);
    auto *console = new ui::HealthConsole(&window, board, settings);
    window.showCameras(consoleCameras());
    window.wall()->assign(0, 2);
    window.show();
    REQUIRE(console->dock());
    CHECK(window.findChild<QMenu *>(QStringLiteral("healthMenu")));
    CHECK_FALSE(console->soundAction()->isChecked());   // off by default
    CHECK(console->alarm()->isHidden());

    console->cameraWentOffline(2, core::ProbeSymptom::Timeout);
    CHECK_FALSE(console->alarm()->isHidden());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("CAM 002")));
    if (!console->usesTray()) {
        CHECK(console->banner()->isVisible());
        CHECK(console->banner()->text().contains(QStringLiteral("CAM 002")));
    }
    CHECK(window.wall()->tile(0)->alarm());
    const QModelIndexList found = window.treeModel()->match(window.treeModel()->index(0, 0), ui::CameraTreeModel::CameraIdRole,
                                                            qint64(2), 1, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    CHECK(found.first().data(Qt::FontRole).value<QFont>().bold());
    // A reload of the tree keeps the mark.
    window.showCameras(consoleCameras());
    REQUIRE(QTest::qWaitFor([&] {
        const auto again = window.treeModel()->match(window.treeModel()->index(0, 0), ui::CameraTreeModel::CameraIdRole,
                                                     qint64(2), 1, Qt::MatchExactly | Qt::MatchRecursive);
        return !again.isEmpty() && again.first().data(Qt::FontRole).value<QFont>().bold();
    }, 10000));
    // A tile's picture: grab it and keep it for a look.
    const QImage shot = window.grab().toImage();
    CHECK_FALSE(shot.isNull());
    shot.save(QDir::temp().filePath(QStringLiteral("pontive-health-alarm.png")));

    console->acknowledge();
    CHECK(console->alarm()->isHidden());
    CHECK(console->banner()->isHidden());
    CHECK_FALSE(window.wall()->tile(0)->alarm());
    const auto cleared = window.treeModel()->match(window.treeModel()->index(0, 0), ui::CameraTreeModel::CameraIdRole,
                                                   qint64(2), 1, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(cleared.size() == 1);
    CHECK_FALSE(cleared.first().data(Qt::FontRole).value<QFont>().bold());
    // The sound is a setting the operator turns on; it is remembered.
    console->soundAction()->setChecked(true);
    CHECK(settings.soundEnabled());
    QFile::remove(QDir::temp().filePath(QStringLiteral("pontive-health-ui-%1.ini").arg(QCoreApplication::applicationPid())));
}

TEST_CASE("a camera the monitor takes offline turns offline in the tree, the counts and its tile, and the tree stays as the operator left it",
          "[health][ui][tree]")
{
    HealthStore s;
    core::CameraListLoader loader(s.db);
    ui::MainWindow window(&loader, QStringLiteral("test"));
    auto board = std::make_shared<core::LiveStreamBoard>();
    core::HealthAlarmSettings settings(QDir::temp().filePath(QStringLiteral("pontive-health-live-%1.ini").arg(QCoreApplication::applicationPid())));
    settings.setSoundEnabled(false);
    auto *console = new ui::HealthConsole(&window, board, settings);
    window.show();
    ui::CameraTreeModel *model = window.treeModel();
    REQUIRE(QTest::qWaitFor([&] { return model->cameras().size() == 147; }, 30000));

    auto onlineCount = [&] {
        return std::count_if(model->cameras().begin(), model->cameras().end(),
                             [](const core::Camera &c) { return c.status == core::CameraStatus::Online; });
    };
    const auto onlineBefore = onlineCount();
    const auto it = std::find_if(model->cameras().begin(), model->cameras().end(),
                                 [](const core::Camera &c) { return c.status == core::CameraStatus::Online; });
    REQUIRE(it != model->cameras().end());
    const qint64 id = it->id;
    window.wall()->assign(0, id);

    // The operator opened the camera's location and selected it.
    auto *view = window.findChild<QTreeView *>(QStringLiteral("cameraTree"));
    REQUIRE(view);
    const QModelIndexList shown = view->model()->match(view->model()->index(0, 0), ui::CameraTreeModel::CameraIdRole, id, 1,
                                                       Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(shown.size() == 1);
    for (QModelIndex up = shown.first().parent(); up.isValid(); up = up.parent())
        view->expand(up);
    view->setCurrentIndex(shown.first());
    const QPersistentModelIndex location = shown.first().parent();
    const QString agencyBefore = location.parent().parent().data().toString();

    // The monitor writes the transition, then says so.
    REQUIRE(s.takeOffline(id, core::ProbeSymptom::Timeout, std::chrono::minutes(3)));
    console->cameraWentOffline(id, core::ProbeSymptom::Timeout);
    REQUIRE(QTest::qWaitFor([&] { return model->camera(id)->status == core::CameraStatus::Offline; }, 10000));

    CHECK(onlineCount() == onlineBefore - 1);
    auto *counts = window.findChild<QLabel *>(QStringLiteral("statusCounts"));
    REQUIRE(counts);
    CHECK(counts->text() == QStringLiteral("147 cameras: %1 online, %2 offline").arg(onlineBefore - 1).arg(147 - onlineBefore + 1));
    // Same rows: still open, still selected, the group's count one lower.
    REQUIRE(location.isValid());
    CHECK(view->isExpanded(location));
    CHECK(view->currentIndex().data(ui::CameraTreeModel::CameraIdRole).toLongLong() == id);
    const QString agencyAfter = location.parent().parent().data().toString();
    CHECK(agencyAfter != agencyBefore);
    INFO(agencyBefore.toStdString() << " -> " << agencyAfter.toStdString());
    CHECK(agencyAfter.contains(QStringLiteral("online)")));
    // The camera's row: the alarm in bold, and a tooltip that says since when (WIB) and
    // that no frame came (the tile has no video engine in this test).
    CHECK(view->currentIndex().data(Qt::FontRole).value<QFont>().bold());
    const QString tip = view->currentIndex().data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Status: Offline")));
    CHECK(tip.contains(QStringLiteral(" WIB")));
    CHECK(tip.contains(QStringLiteral("Last frame: not on a screen now")));
    CHECK(tip.contains(QStringLiteral("Offline alarm: not yet acknowledged")));
    // The tile knows the record too.
    REQUIRE(window.wall()->tile(0)->camera());
    CHECK(window.wall()->tile(0)->camera()->status == core::CameraStatus::Offline);
    CHECK_FALSE(window.wall()->tile(0)->camera()->causeConfirmed);
    // An operator confirms the cause: the next reload says so (no more "suggested").
    REQUIRE(core::HealthRepository(s.db, core::Actor{}).confirmCause(id, core::OfflineCause::Power, {}));
    window.reload();
    REQUIRE(QTest::qWaitFor([&] { return model->camera(id)->causeConfirmed; }, 10000));
    CHECK(model->camera(id)->cause == core::OfflineCause::Power);
    CHECK(window.wall()->tile(0)->camera()->causeConfirmed);
    CHECK(view->isExpanded(location));
    QFile::remove(QDir::temp().filePath(QStringLiteral("pontive-health-live-%1.ini").arg(QCoreApplication::applicationPid())));
}

TEST_CASE("the reports window draws the office's charts and exports the PDF and the CSV", "[health][ui][pdf]")
{
    HealthStore s;
    core::HealthDataService service(s.db);
    ui::HealthReportWindow window(&service);
    QSignalSpy shown(&window, &ui::HealthReportWindow::reportShown);
    const QDate today = core::toWib(QDateTime::currentDateTimeUtc()).date();
    window.setPeriod(today.addDays(-40), today);
    window.load();
    REQUIRE(QTest::qWaitFor([&] { return shown.count() == 1; }, 60000));
    CHECK(window.tabs()->count() == 4);
    CHECK(window.findChildren<QChartView *>().size() >= 8);
    window.resize(1200, 800);
    window.show();
    window.grab().save(QDir::temp().filePath(QStringLiteral("pontive-health-report.png")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("laporan.pdf"));
    REQUIRE(window.exportPdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const QString csv = dir.filePath(QStringLiteral("laporan.csv"));
    REQUIRE(window.exportCsv(csv));
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().contains("Dishub"));
}
