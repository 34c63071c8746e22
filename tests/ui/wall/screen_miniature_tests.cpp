#include "catch_qt.h"
#include "camsim_process.h"

#include "layout/layout_presets.h"
#include "main_window.h"
#include "media/media_engine.h"
#include "wall/camera_mime.h"
#include "wall/screen_miniature.h"
#include "wall/screen_miniatures.h"
#include "wall/video_tile.h"
#include "wall/wall_view.h"
#include "wall/wall_window.h"

#include <QApplication>
#include <QGuiApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QDockWidget>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QTest>
#include <QTimer>

using namespace pontive;
using pontive::test::CamsimProcess;
using pontive::test::waitUntil;

namespace {

std::vector<core::Camera> miniCameras(const CamsimProcess *camsim, int n)
{
    std::vector<core::Camera> out;
    for (int i = 1; i <= n; ++i) {
        core::Camera c;
        c.id = i;
        c.name = QStringLiteral("Kamera %1").arg(i);
        c.location = QStringLiteral("Simpang %1").arg(i);
        c.agency = QStringLiteral("Dishub");
        if (camsim)
            c.subUrl = c.mainUrl = camsim->url(QStringLiteral("/cam/%1/sub").arg(i, 3, 10, QLatin1Char('0')));
        out.push_back(c);
    }
    return out;
}

void dropOn(QWidget *target, const QPoint &pos, const QList<qint64> &ids)
{
    std::unique_ptr<QMimeData> mime(ui::cameraIdsMime(ids));
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

} // namespace

TEST_CASE("the console shows a miniature per wall screen and pushes cameras and layouts to it", "[ui][wall][screens]")
{
    ui::MainWindow window(nullptr, QStringLiteral("test"));
    window.showCameras(miniCameras(nullptr, 6));
    ui::WallView left(nullptr);
    ui::WallView right(nullptr);
    for (ui::WallView *w : {&left, &right}) {
        w->resize(1280, 720);
        w->setCameras(miniCameras(nullptr, 6));
    }
    left.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    right.setWallLayout(*core::LayoutPresets::make(QStringLiteral("1+5")));
    window.addScreen(QStringLiteral("WALL-LEFT"), &left);
    window.addScreen(QStringLiteral("WALL-RIGHT"), &right);
    window.show();
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("screensDock"))->isVisible());
    const QList<ui::ScreenMiniature *> minis = window.screens()->miniatures();
    REQUIRE(minis.size() == 2);
    ui::ScreenMiniature *mini = minis[1];
    CHECK(mini->screenName() == QStringLiteral("WALL-RIGHT"));
    REQUIRE(waitUntil([&] { return mini->width() > 100; }, std::chrono::seconds(5)));

    // A camera dragged from the tree onto the miniature's big tile lands on the screen.
    int bigTile = -1;
    QPoint at;
    for (int y = 0; y < mini->height() && bigTile < 0; y += 4) {
        for (int x = 0; x < mini->width() && bigTile < 0; x += 4) {
            if (mini->tileAt(QPoint(x, y)) == 0) {
                bigTile = 0;
                at = QPoint(x + 6, y + 6);
            }
        }
    }
    REQUIRE(bigTile == 0);
    dropOn(mini, at, {4});
    CHECK(right.wallLayout().cells[0].cameraId == 4);
    CHECK_FALSE(left.wallLayout().cells[0].cameraId);

    // A layout pushed from the miniature: a preset keeps the screen's cameras.
    mini->pushLayout(*core::LayoutPresets::make(QStringLiteral("3x3")), true);
    CHECK(right.tileCount() == 9);
    CHECK(right.wallLayout().cells[0].cameraId == 4);
    core::Layout saved = *core::LayoutPresets::make(QStringLiteral("2x2"));
    saved.name = QStringLiteral("Rapat");
    saved.cells[3].cameraId = 6;
    mini->pushLayout(saved, false);
    CHECK(right.wallLayout().name == QStringLiteral("Rapat"));
    CHECK(right.wallLayout().cells[3].cameraId == 6);
    const QImage shot = mini->grab().toImage();
    CHECK(shot.width() == mini->width());
}

TEST_CASE("a miniature takes its screen's shape, shows a tile shown alone, and reopens a closed wall window",
          "[ui][wall][screens]")
{
    ui::MainWindow window(nullptr, QStringLiteral("test"));
    window.showCameras(miniCameras(nullptr, 6));
    ui::WallView portrait(nullptr);
    portrait.resize(720, 1280);
    portrait.setCameras(miniCameras(nullptr, 6));
    portrait.setWallLayout(*core::LayoutPresets::make(QStringLiteral("3x4")));
    ui::WallWindow wallWindow(QGuiApplication::primaryScreen(), nullptr, nullptr);
    wallWindow.wall()->setCameras(miniCameras(nullptr, 6));
    wallWindow.wall()->setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    wallWindow.wall()->dropCameras(0, {1, 2, 3, 4});
    wallWindow.show();
    window.addScreen(QStringLiteral("WALL-PORTRAIT"), &portrait);
    window.addScreen(QStringLiteral("WALL-MAIN"), wallWindow.wall());
    window.show();
    const QList<ui::ScreenMiniature *> minis = window.screens()->miniatures();
    REQUIRE(minis.size() == 2);
    // Portrait: taller than wide.
    CHECK(static_cast<QWidget *>(minis[0])->heightForWidth(200) > 200 + 18);
    CHECK(static_cast<QWidget *>(minis[1])->heightForWidth(200) < 200);

    ui::ScreenMiniature *mini = minis[1];
    REQUIRE(waitUntil([&] { return mini->width() > 100 && mini->height() > 60; }, std::chrono::seconds(5)));
    const QPoint nearEnd(mini->width() - 20, mini->height() - 20);
    CHECK(mini->tileAt(nearEnd) == 3);
    wallWindow.wall()->showAlone(1);
    CHECK(mini->tileAt(nearEnd) == 1);  // the whole miniature is the tile shown alone
    wallWindow.wall()->showAll();

    // Closed by the operator: the miniature says so and its menu opens the wall again.
    wallWindow.allowClose();
    wallWindow.close();
    CHECK(mini->screenClosed());
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, [] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            const QList<QAction *> actions = menu->actions();
            if (!actions.isEmpty())
                actions.first()->trigger();
            menu->close();
        }
    });
    answer.start();
    QContextMenuEvent open(QContextMenuEvent::Keyboard, mini->rect().center(), mini->mapToGlobal(mini->rect().center()));
    QApplication::sendEvent(mini, &open);
    CHECK(wallWindow.isVisible());
    CHECK_FALSE(mini->screenClosed());
}

TEST_CASE("a screen miniature shows the screen's live pictures", "[ui][wall][screens][camsim]")
{
    CamsimProcess camsim({QStringLiteral("--cameras"), QStringLiteral("4")});
    REQUIRE(camsim.isReady());
    auto engine = core::MediaEngine::create();
    REQUIRE(engine);
    {
        ui::WallView wall(*engine);
        wall.resize(1024, 576);
        wall.setCameras(miniCameras(&camsim, 4));
        wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
        wall.show();
        wall.dropCameras(0, {1, 2, 3, 4});
        ui::ScreenMiniatures panel;
        panel.addScreen(QStringLiteral("WALL-LEFT"), &wall);
        panel.resize(360, 260);
        panel.show();
        REQUIRE(waitUntil(
            [&] {
                for (int i = 0; i < 4; ++i) {
                    if (!wall.tile(i)->hasPicture())
                        return false;
                }
                return true;
            },
            std::chrono::seconds(20)));
        ui::ScreenMiniature *mini = panel.miniatures().front();
        const QImage shot = mini->grab().toImage();
        if (qEnvironmentVariableIsSet("PONTIVE_TEST_SHOTS"))
            panel.grab().save(qEnvironmentVariable("PONTIVE_TEST_SHOTS") + QStringLiteral("/screen-miniature.png"));
        // Many colours inside the first tile's miniature: a picture, not a flat fill.
        QRect tileArea;
        for (int y = 0; y < mini->height(); ++y) {
            for (int x = 0; x < mini->width(); ++x) {
                if (mini->tileAt(QPoint(x, y)) == 0)
                    tileArea |= QRect(x, y, 1, 1);
            }
        }
        REQUIRE(tileArea.width() > 20);
        QSet<QRgb> colours;
        for (int y = tileArea.top(); y < tileArea.bottom() - 16; y += 2) {
            for (int x = tileArea.left(); x < tileArea.right(); x += 2)
                colours.insert(shot.pixel(x, y));
        }
        CHECK(colours.size() > 30);
    }
    (*engine)->drainTeardowns();
}

TEST_CASE("the tile menu's stream quality overrides the automatic choice and stays with the tile", "[ui][wall][quality][camsim]")
{
    CamsimProcess camsim({QStringLiteral("--cameras"), QStringLiteral("2")});
    REQUIRE(camsim.isReady());
    auto engine = core::MediaEngine::create();
    REQUIRE(engine);
    {
        ui::WallView wall(*engine);
        wall.resize(1024, 576);
        std::vector<core::Camera> cams = miniCameras(&camsim, 2);
        for (core::Camera &c : cams)
            c.mainUrl = camsim.url(QStringLiteral("/cam/%1/main").arg(c.id, 3, 10, QLatin1Char('0')));
        wall.setCameras(cams);
        wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("6x6")));  // small tiles: sub-stream
        wall.show();
        wall.dropCameras(0, {1});
        ui::VideoTile *tile = wall.tile(0);
        REQUIRE(waitUntil([&] { return tile->hasPicture(); }, std::chrono::seconds(20)));
        CHECK(tile->quality() == core::StreamQuality::Sub);
        tile->setQualityOverride(core::StreamQuality::Main);
        REQUIRE(waitUntil([&] { return tile->quality() == core::StreamQuality::Main; }, std::chrono::seconds(20)));
        // Another camera on the same tile keeps the operator's choice.
        wall.assign(0, 2);
        REQUIRE(waitUntil([&] { return tile->hasPicture(); }, std::chrono::seconds(20)));
        CHECK(tile->quality() == core::StreamQuality::Main);
        tile->setQualityOverride(std::nullopt);
        REQUIRE(waitUntil([&] { return tile->quality() == core::StreamQuality::Sub; }, std::chrono::seconds(20)));
    }
    (*engine)->drainTeardowns();
}
