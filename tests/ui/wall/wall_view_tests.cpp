#include "catch_qt.h"
#include "camsim_process.h"
#include "test_store.h"

#include "layout/layout_library.h"
#include "layout/layout_presets.h"
#include "main_window.h"
#include "media/media_engine.h"
#include "wall/camera_mime.h"
#include "wall/video_tile.h"
#include "wall/wall_view.h"
#include "wall/wall_window.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDir>
#include <QKeyEvent>
#include <QTimer>
#include <QMenu>
#include <QDialog>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pontive;
using pontive::test::CamsimProcess;
using pontive::test::waitUntil;

namespace {

core::Camera camera(qint64 id, const QString &name, const QString &url = {})
{
    core::Camera c;
    c.id = id;
    c.name = name;
    c.location = QStringLiteral("Simpang %1").arg(id);
    c.agency = QStringLiteral("Dishub");
    c.mainUrl = url;
    return c;
}

std::vector<core::Camera> someCameras(int n)
{
    std::vector<core::Camera> out;
    for (int i = 1; i <= n; ++i)
        out.push_back(camera(i, QStringLiteral("Cam %1").arg(i)));
    return out;
}

std::optional<qint64> cameraOn(const ui::WallView &wall, int tile)
{
    return wall.wallLayout().cells[std::size_t(tile)].cameraId;
}

// Not a flat colour: many distinct colours over the picture.
bool isPicture(const QImage &image)
{
    if (image.isNull())
        return false;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 50;
}

} // namespace

TEST_CASE("cameras dropped on the wall fill the free tiles, swap, clear and show alone", "[ui][wall]")
{
    ui::WallView wall(nullptr);
    wall.resize(800, 600);
    wall.setCameras(someCameras(6));
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    wall.show();

    wall.dropCameras(1, {5, 6, 7});  // 7 is unknown to the wall but still assigned
    CHECK(cameraOn(wall, 1) == 5);
    CHECK(cameraOn(wall, 2) == 6);
    CHECK(cameraOn(wall, 3) == 7);
    CHECK_FALSE(cameraOn(wall, 0));

    // Drag and drop from the tree: the tile accepts the camera list.
    std::unique_ptr<QMimeData> mime(ui::cameraIdsMime({2}));
    // Qt routes a drop to the target its drag-enter chose, as in a real drag.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(wall.tile(0), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(wall.tile(0), &drop);
    CHECK(cameraOn(wall, 0) == 2);

    wall.swap(0, 1);
    CHECK(cameraOn(wall, 0) == 5);
    CHECK(cameraOn(wall, 1) == 2);
    CHECK(wall.tile(1)->camera()->id == 2);
    CHECK(wall.tile(0)->geometry().topLeft() == QPoint(0, 0));

    wall.select(2);
    QTest::keyClick(&wall, Qt::Key_Delete);
    CHECK_FALSE(cameraOn(wall, 2));

    QTest::keyClick(&wall, Qt::Key_Up);
    CHECK(wall.selectedTile() == 0);
    QTest::keyClick(&wall, Qt::Key_Right);
    CHECK(wall.selectedTile() == 1);
    QTest::keyClick(&wall, Qt::Key_Return);
    CHECK(wall.isAlone());
    CHECK(wall.tile(1)->isVisible());
    CHECK_FALSE(wall.tile(0)->isVisible());
    CHECK(wall.tile(1)->geometry() == wall.rect());
    QTest::keyClick(&wall, Qt::Key_Escape);
    CHECK_FALSE(wall.isAlone());
    CHECK(wall.tile(0)->isVisible());
}

TEST_CASE("the operator's mouse and keys: double-click alone and back, Enter and Esc, a tile dragged onto another, the tile menu's Properties",
          "[ui][wall]")
{
    ui::WallView wall(nullptr);
    wall.resize(800, 600);
    wall.setCameras(someCameras(6));
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    wall.show();
    wall.dropCameras(0, {1, 2, 3, 4});

    QTest::mouseDClick(wall.tile(1), Qt::LeftButton);
    CHECK(wall.aloneTile() == 1);
    CHECK(wall.tile(1)->isVisible());
    CHECK_FALSE(wall.tile(0)->isVisible());
    QTest::mouseDClick(wall.tile(1), Qt::LeftButton);
    CHECK_FALSE(wall.isAlone());
    wall.select(2);
    QTest::keyClick(&wall, Qt::Key_Return);
    CHECK(wall.aloneTile() == 2);
    QTest::keyClick(&wall, Qt::Key_Escape);
    CHECK_FALSE(wall.isAlone());

    // A tile dragged onto another: the two swap (the drop as the drag delivers it).
    std::unique_ptr<QMimeData> mime(ui::tileMime(0));
    const QPoint at = wall.tile(3)->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(wall.tile(3), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(wall.tile(3), &drop);
    CHECK(cameraOn(wall, 3) == 1);
    CHECK(cameraOn(wall, 0) == 4);

    // Right-click, Properties: the camera's details in a dialog.
    QString dialogTitle;
    QString details;
    QTimer operatorHand;
    operatorHand.setInterval(20);
    QObject::connect(&operatorHand, &QTimer::timeout, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            // Chosen with the keys, after this slot returns (the dialog then runs its own loop).
            for (QAction *a : menu->actions())
                if (a->text() == QStringLiteral("Properties…"))
                    menu->setActiveAction(a);
            QCoreApplication::postEvent(menu, new QKeyEvent(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier));
        } else if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            dialogTitle = dialog->windowTitle();
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                details += label->text() + QLatin1Char('\n');
            dialog->reject();
        }
    });
    operatorHand.start();
    QContextMenuEvent menu(QContextMenuEvent::Mouse, wall.tile(3)->rect().center(),
                           wall.tile(3)->mapToGlobal(wall.tile(3)->rect().center()));
    QApplication::sendEvent(wall.tile(3), &menu);
    REQUIRE(waitUntil([&] { return !dialogTitle.isEmpty(); }, std::chrono::seconds(10)));
    CHECK(dialogTitle == QStringLiteral("Camera properties"));
    CHECK(details.contains(QStringLiteral("Cam 1")));
}

TEST_CASE("the camera buttons step a tile through the inventory by number and wrap around", "[ui][wall]")
{
    ui::WallView wall(nullptr);
    wall.resize(800, 600);
    wall.setCameras(someCameras(3));
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    wall.show();

    wall.stepCamera(0, 1);  // an empty tile starts at the first camera
    CHECK(cameraOn(wall, 0) == 1);
    wall.stepCamera(0, 1);
    wall.stepCamera(0, 1);
    CHECK(cameraOn(wall, 0) == 3);
    wall.stepCamera(0, 1);
    CHECK(cameraOn(wall, 0) == 1);
    wall.stepCamera(0, -1);
    CHECK(cameraOn(wall, 0) == 3);
    wall.stepCamera(2, -1);  // backwards from empty: the last camera
    CHECK(cameraOn(wall, 2) == 3);
    CHECK_FALSE(cameraOn(wall, 1).has_value());
}

TEST_CASE("changing the layout keeps the cameras in reading order", "[ui][wall]")
{
    ui::MainWindow window(nullptr, QStringLiteral("test"));
    window.showCameras(someCameras(4));
    window.wall()->dropCameras(0, {1, 2, 3, 4});
    window.chooseLayout(QStringLiteral("3x3"));
    REQUIRE(window.wall()->tileCount() == 9);
    CHECK(cameraOn(*window.wall(), 3) == 4);
    window.chooseLayout(QStringLiteral("1+7"));
    REQUIRE(window.wall()->tileCount() == 8);
    CHECK(cameraOn(*window.wall(), 0) == 1);
    CHECK(window.wall()->wallLayout().cells[0].rowSpan == 3);
}

TEST_CASE("a 2x2 of camsim cameras shows four live pictures with the right names", "[ui][wall][camsim]")
{
    CamsimProcess camsim({QStringLiteral("--cameras"), QStringLiteral("4")});
    REQUIRE(camsim.isReady());
    auto engine = core::MediaEngine::create();
    REQUIRE(engine);
    {
        ui::WallView wall(*engine);
        wall.resize(1024, 576);
        std::vector<core::Camera> cams;
        for (int i = 1; i <= 4; ++i) {
            const QString path = QStringLiteral("/cam/%1/sub").arg(i, 3, 10, QLatin1Char('0'));
            cams.push_back(camera(i, QStringLiteral("Cam %1").arg(i), camsim.url(path)));
        }
        wall.setCameras(cams);
        wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
        wall.show();
        wall.dropCameras(0, {1, 2, 3, 4});
        REQUIRE(waitUntil(
            [&] {
                for (int i = 0; i < 4; ++i) {
                    if (!wall.tile(i)->hasPicture())
                        return false;
                }
                return true;
            },
            std::chrono::seconds(15)));
        const QImage shot = wall.grab().toImage();
        if (qEnvironmentVariableIsSet("PONTIVE_TEST_SHOTS"))
            shot.save(qEnvironmentVariable("PONTIVE_TEST_SHOTS") + QStringLiteral("/wall-2x2.png"));
        for (int i = 0; i < 4; ++i) {
            INFO("tile " << i);
            CHECK(wall.tile(i)->camera()->name == QStringLiteral("Cam %1").arg(i + 1));
            CHECK(isPicture(shot.copy(wall.tile(i)->geometry())));
            CHECK(wall.tile(i)->status().state == core::StreamState::Playing);
        }
        // A snapshot is a PNG of the picture named after the place, the camera and the WIB time.
        QTemporaryDir folder;
        const QTimeZone wib(7 * 3600);
        auto wibStamp = [&wib] {
            return QDateTime::currentDateTimeUtc().toTimeZone(wib).toString(QStringLiteral("yyyy-MM-dd_HH.mm.ss"));
        };
        const QString before = wibStamp();
        const QString path = wall.saveSnapshot(2, folder.path());
        const QString after = wibStamp();
        REQUIRE_FALSE(path.isEmpty());
        const QString name = QFileInfo(path).fileName();
        CHECK(name.startsWith(QStringLiteral("Simpang 3_Cam 3_")));
        CHECK(name.endsWith(QStringLiteral("_WIB.png")));
        const QString stamp = name.mid(16, 19);
        CHECK(stamp >= before);
        CHECK(stamp <= after);
        const QImage saved(path);
        CHECK(isPicture(saved));
        // The wall says where the snapshot went, in words, without a dialog to close.
        const auto *notice = wall.findChild<QLabel *>(QStringLiteral("wallNotice"));
        REQUIRE(notice);
        CHECK(notice->isVisible());
        CHECK(notice->text().contains(QDir::toNativeSeparators(path)));
        if (qEnvironmentVariableIsSet("PONTIVE_TEST_SHOTS"))
            wall.grab().save(qEnvironmentVariable("PONTIVE_TEST_SHOTS") + QStringLiteral("/wall-2x2-snapshot.png"));
        // A folder that cannot be written: nothing saved, and the wall says why.
        QFile blocker(folder.filePath(QStringLiteral("not-a-folder")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        CHECK(wall.saveSnapshot(2, blocker.fileName() + QStringLiteral("/shots")).isEmpty());
        CHECK(notice->isVisible());
        CHECK(notice->text().contains(QStringLiteral("not saved")));
        CHECK(notice->text().contains(QStringLiteral("Cam 3")));
    }
    (*engine)->drainTeardowns();
}

TEST_CASE("a tile says since when and why its camera is offline, and a new record reaches a playing tile without a restart",
          "[ui][wall][camsim]")
{
    CamsimProcess camsim;
    REQUIRE(camsim.isReady());
    REQUIRE(camsim.ctl(QStringLiteral("offline"), 1));
    auto engine = core::MediaEngine::create();
    REQUIRE(engine);
    {
        ui::WallView wall(*engine);
        wall.resize(1024, 576);
        core::Camera dead = camera(1, QStringLiteral("Cam 1"), camsim.url(QStringLiteral("cam/001/sub")));
        dead.status = core::CameraStatus::Offline;
        dead.cause = core::OfflineCause::Power;
        dead.statusSince = QDateTime(QDate(2027, 1, 12), QTime(2, 0), QTimeZone::utc());
        core::Camera live = camera(2, QStringLiteral("Cam 2"), camsim.url(QStringLiteral("cam/002/sub")));
        wall.setCameras({dead, live});
        wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
        wall.show();
        wall.dropCameras(0, {1, 2});
        ui::VideoTile *deadTile = wall.tile(0);
        ui::VideoTile *liveTile = wall.tile(1);
        REQUIRE(waitUntil(
            [&] {
                return liveTile->hasPicture() && deadTile->status().state == core::StreamState::Reconnecting
                    && deadTile->status().reason != core::OfflineReason::None;
            },
            std::chrono::seconds(20)));

        // The office's record first (in WIB), then what the stream is doing.
        const auto [text, icon] = deadTile->stateLine();
        INFO(text.toStdString());
        CHECK(text.startsWith(QStringLiteral("Offline since 12/01/2027 09.00: Power (suggested) · Reconnecting: ")));
        CHECK(text.contains(QStringLiteral("(attempt ")));
        CHECK(icon == core::CameraStatus::Offline);
        CHECK(liveTile->stateLine().first.isEmpty());

        // Once an operator confirmed the cause, the tile drops "(suggested)".
        dead.causeConfirmed = true;
        wall.setCameras({dead, live});
        CHECK(deadTile->stateLine().first.startsWith(QStringLiteral("Offline since 12/01/2027 09.00: Power · ")));

        // A renamed camera marked offline while its picture plays: the tile takes the new
        // record and keeps its stream (a restart would drop the picture); a playing
        // picture is trusted over the record.
        live.name = QStringLiteral("Cam 2 (tiang baru)");
        live.status = core::CameraStatus::Offline;
        dead.status = core::CameraStatus::Online;
        wall.setCameras({dead, live});
        CHECK(liveTile->camera()->name == live.name);
        CHECK(liveTile->camera()->status == core::CameraStatus::Offline);
        CHECK(liveTile->hasPicture());
        CHECK(liveTile->stateLine().first.isEmpty());
        CHECK(deadTile->stateLine().first.startsWith(QStringLiteral("Reconnecting: ")));
    }
    (*engine)->drainTeardowns();
}

TEST_CASE("the wall mode opens one window per screen and each screen's layout comes back after a restart", "[ui][wall][screens]")
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    REQUIRE(screens.size() == 2);  // tests/ui/screens.json
    pontive::test::TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    const core::Actor station{QStringLiteral("op"), QStringLiteral("wall-pc-1")};
    const QStringList layouts{QStringLiteral("3x3"), QStringLiteral("1+5")};
    {
        core::LayoutLibrary library(db, station);
        std::vector<std::unique_ptr<ui::WallWindow>> walls;
        for (QScreen *screen : screens) {
            walls.push_back(std::make_unique<ui::WallWindow>(screen, nullptr, &library));
            walls.back()->show();
        }
        REQUIRE(waitUntil([&] { return library.findChildren<QObject *>().isEmpty(); }, std::chrono::seconds(5)));
        CHECK(walls[0]->screenName() == QStringLiteral("WALL-LEFT"));
        CHECK(walls[1]->screenName() == QStringLiteral("WALL-RIGHT"));
        CHECK(walls[1]->geometry().left() == 1920);
        for (std::size_t i = 0; i < walls.size(); ++i) {
            core::Layout l = *core::LayoutPresets::make(layouts[int(i)]);
            l.cells[0].cameraId = qint64(100 + i);
            walls[i]->wall()->setWallLayout(l);
            walls[i]->allowClose();
        }
        walls.clear();  // flushes what each screen shows
        library.waitForIdle();
    }
    core::LayoutLibrary library(db, station);
    std::vector<std::unique_ptr<ui::WallWindow>> again;
    for (QScreen *screen : screens)
        again.push_back(std::make_unique<ui::WallWindow>(screen, nullptr, &library));
    REQUIRE(waitUntil([&] { return again[0]->wall()->tileCount() == 9 && again[1]->wall()->tileCount() == 6; },
                      std::chrono::seconds(5)));
    CHECK(cameraOn(*again[0]->wall(), 0) == 100);
    CHECK(cameraOn(*again[1]->wall(), 0) == 101);
    for (auto &w : again)
        w->allowClose();
}
