#include "catch_qt.h"
#include "camsim_process.h"
#include "test_store.h"
#include "tour_fixture.h"

#include "camera_tree_model.h"
#include "layout/layout_library.h"
#include "layout/layout_presets.h"
#include "main_window.h"
#include "wall/camera_mime.h"
#include "wall/tour_controls.h"
#include "wall/tour_editor_dialog.h"
#include "wall/tour_player.h"
#include "wall/video_tile.h"
#include "wall/wall_view.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace pontive;
using pontive::test::makeTour;
using pontive::test::waitUntil;

namespace {

std::vector<core::Camera> tourCameras(int n)
{
    std::vector<core::Camera> out;
    for (int i = 1; i <= n; ++i) {
        core::Camera c;
        c.id = i;
        c.name = QStringLiteral("Cam %1").arg(i);
        c.location = QStringLiteral("Simpang %1").arg(i);
        c.agency = i % 2 ? QStringLiteral("Dishub") : QStringLiteral("Dinsos");
        out.push_back(c);
    }
    return out;
}

std::optional<qint64> cameraOn(const ui::WallView &wall, int tile)
{
    return wall.wallLayout().cells[std::size_t(tile)].cameraId;
}

} // namespace

TEST_CASE("a tile tour advances after its dwell, wraps around and shows a badge", "[ui][wall][tour]")
{
    ui::WallView wall(nullptr);
    wall.resize(800, 600);
    wall.setCameras(tourCameras(6));
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    wall.show();
    ui::TourPlayer *player = wall.tours();
    player->play(makeTour(QStringLiteral("Kapuas"), core::Tour::Mode::Tile, {3, 4, 5}), 1);
    CHECK(cameraOn(wall, 1) == 3);
    CHECK_FALSE(cameraOn(wall, 0));
    CHECK(wall.tile(1)->tourBadge().contains(QStringLiteral("Kapuas")));
    CHECK(wall.tile(1)->tourBadge().contains(QStringLiteral("1/3")));
    CHECK(wall.tile(0)->tourBadge().isEmpty());
    if (qEnvironmentVariableIsSet("PONTIVE_TEST_SHOTS"))
        wall.grab().save(qEnvironmentVariable("PONTIVE_TEST_SHOTS") + QStringLiteral("/wall-tour.png"));
    // The dwell (3 s) passes by itself; generous wait for a loaded machine.
    REQUIRE(waitUntil([&] { return cameraOn(wall, 1) == 4; }, std::chrono::seconds(30)));
    CHECK(wall.tile(1)->tourBadge().contains(QStringLiteral("2/3")));
    player->next();
    CHECK(cameraOn(wall, 1) == 5);
    player->next();
    CHECK(cameraOn(wall, 1) == 3);  // wrapped
    CHECK(player->tourOn(1) == QStringLiteral("Kapuas"));
    player->stop(1);
    CHECK_FALSE(player->isPlaying());
    CHECK(wall.tile(1)->tourBadge().isEmpty());
}

TEST_CASE("a layout tour pages the whole wall through the camera set and leaves the last page's gaps empty", "[ui][wall][tour]")
{
    ui::WallView wall(nullptr);
    wall.resize(800, 600);
    wall.setCameras(tourCameras(6));
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    wall.show();
    ui::TourPlayer *player = wall.tours();
    player->play(makeTour(QStringLiteral("Dishub"), core::Tour::Mode::Layout, {1, 2, 3, 4, 5, 6}), 0);
    for (int i = 0; i < 4; ++i)
        CHECK(cameraOn(wall, i) == i + 1);
    player->next();
    CHECK(cameraOn(wall, 0) == 5);
    CHECK(cameraOn(wall, 1) == 6);
    CHECK_FALSE(cameraOn(wall, 2));
    CHECK_FALSE(cameraOn(wall, 3));
    CHECK(wall.tile(3)->tourBadge().contains(QStringLiteral("2/2")));
    player->next();
    CHECK(cameraOn(wall, 0) == 1);
    // A bigger grid pages by its new size.
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("3x3")));
    CHECK(cameraOn(wall, 5) == 6);
    CHECK(player->summary() == QStringLiteral("Tour Dishub: 1/1"));
}

TEST_CASE("an operator's drop, swap or clear over a touring tile wins: the tour stops there or follows its camera",
          "[ui][wall][tour]")
{
    ui::WallView wall(nullptr);
    wall.resize(800, 600);
    wall.setCameras(tourCameras(8));
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    wall.show();
    ui::TourPlayer *player = wall.tours();

    // Swapped onto a free tile: the tour goes along with its camera.
    player->play(makeTour(QStringLiteral("Kapuas"), core::Tour::Mode::Tile, {3, 4, 5}), 1);
    REQUIRE(cameraOn(wall, 1) == 3);
    wall.swap(1, 2);
    CHECK(player->tourOn(2) == QStringLiteral("Kapuas"));
    CHECK_FALSE(player->tourOn(1));
    CHECK(wall.tile(2)->tourBadge().contains(QStringLiteral("Kapuas")));
    CHECK(wall.tile(1)->tourBadge().isEmpty());
    player->next();
    CHECK(cameraOn(wall, 2) == 4);
    CHECK_FALSE(cameraOn(wall, 1));

    // A camera dropped on the touring tile stays: the tour there stops.
    wall.dropCameras(2, {8});
    CHECK_FALSE(player->isPlaying());
    CHECK(wall.tile(2)->tourBadge().isEmpty());
    player->next();
    CHECK(cameraOn(wall, 2) == 8);

    // Delete on a touring tile clears it for good.
    player->play(makeTour(QStringLiteral("Kapuas"), core::Tour::Mode::Tile, {3, 4, 5}), 0);
    wall.clear(0);
    CHECK_FALSE(player->isPlaying());
    CHECK_FALSE(cameraOn(wall, 0));

    // A layout tour: any tile the operator changes ends it, and the change stays.
    player->play(makeTour(QStringLiteral("Dishub"), core::Tour::Mode::Layout, {1, 2, 3, 4, 5, 6}), 0);
    REQUIRE(cameraOn(wall, 3) == 4);
    wall.dropCameras(3, {7});
    CHECK_FALSE(player->layoutTour());
    player->next();
    CHECK(cameraOn(wall, 3) == 7);
    CHECK(cameraOn(wall, 0) == 1);
}

TEST_CASE("Space pauses and resumes the tours on the wall, and a paused tour holds still", "[ui][wall][tour]")
{
    ui::WallView wall(nullptr);
    wall.resize(800, 600);
    wall.setCameras(tourCameras(3));
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    wall.show();
    ui::TourPlayer *player = wall.tours();
    player->play(makeTour(QStringLiteral("Pagi"), core::Tour::Mode::Tile, {1, 2, 3}), 0);
    QTest::keyClick(&wall, Qt::Key_Space);
    CHECK(player->isPaused());
    CHECK(wall.tile(0)->tourBadge().startsWith(QStringLiteral("Paused")));
    CHECK(player->summary().endsWith(QStringLiteral("(paused)")));
    // Longer than a dwell: nothing moves while paused.
    QTest::qWait(int(std::chrono::milliseconds(core::Tour::kMinDwell).count()) + 1500);
    CHECK(cameraOn(wall, 0) == 1);
    QTest::keyClick(&wall, Qt::Key_Space);
    CHECK_FALSE(player->isPaused());
    REQUIRE(waitUntil([&] { return cameraOn(wall, 0) == 2; }, std::chrono::seconds(30)));
}

TEST_CASE("the tour editor builds a tour from picked cameras, a whole agency and a drop from the tree", "[ui][wall][tour]")
{
    ui::TourEditorDialog dialog(tourCameras(6));
    dialog.findChild<QLineEdit *>(QStringLiteral("tourName"))->setText(QStringLiteral("  Dishub semua "));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("tourMode"));
    mode->setCurrentIndex(mode->findData(int(core::Tour::Mode::Layout)));
    dialog.findChild<QSpinBox *>(QStringLiteral("tourDwell"))->setValue(2);  // clamped to the minimum
    auto *choices = dialog.findChild<QListWidget *>(QStringLiteral("tourChoices"));
    REQUIRE(choices->count() == 6);
    choices->item(1)->setSelected(true);
    emit choices->itemActivated(choices->item(1));
    auto *chosen = dialog.findChild<QListWidget *>(QStringLiteral("tourCameras"));
    std::unique_ptr<QMimeData> mime(ui::cameraIdsMime({5, 6}));
    // Qt routes a drop to the target its drag-enter chose, as in a real drag.
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(chosen->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(chosen->viewport(), &drop);
    const core::Tour t = dialog.tour();
    CHECK(t.name == QStringLiteral("Dishub semua"));
    CHECK(t.mode == core::Tour::Mode::Layout);
    CHECK(t.dwell == core::Tour::kMinDwell);
    CHECK(t.cameras == std::vector<qint64>{2, 5, 6});
    CHECK(t.validate().isEmpty());
    dialog.setTour(makeTour(QStringLiteral("x"), core::Tour::Mode::Tile, {4}));
    CHECK(chosen->count() == 1);
    CHECK(chosen->item(0)->text().startsWith(QStringLiteral("Cam 4")));
}

TEST_CASE("tours saved in the store come back on the console's tour menu and play from it", "[ui][wall][tour][store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    pontive::test::TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    core::LayoutLibrary library(db, core::Actor{QStringLiteral("op"), QStringLiteral("pc-1")});
    ui::MainWindow window(nullptr, QStringLiteral("test"));
    window.showCameras(tourCameras(6));
    window.setLayoutLibrary(&library);
    ui::TourControls *controls = window.tourControls();
    REQUIRE(controls);
    QSignalSpy saved(&library, &core::LayoutLibrary::tourSaved);
    library.saveTour(makeTour(QStringLiteral("Semua"), core::Tour::Mode::Layout, {1, 2, 3, 4, 5, 6}));
    REQUIRE(waitUntil([&] { return controls->saved().size() == 1; }, std::chrono::seconds(10)));
    CHECK(saved.count() == 1);
    CHECK(controls->saved().front().cameras.size() == 6);
    QMenu *menu = controls->menu();
    emit menu->aboutToShow();
    QAction *play = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().contains(QStringLiteral("Semua")))
            play = a;
    }
    REQUIRE(play);
    play->trigger();
    ui::WallView *wall = window.wall();
    CHECK(wall->tours()->isPlaying());
    CHECK(cameraOn(*wall, 3) == 4);
    auto *status = window.findChild<QLabel *>(QStringLiteral("tourStatus"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("Tour Semua: 1/2"));
    library.removeTour(QStringLiteral("Semua"));
    REQUIRE(waitUntil([&] { return controls->saved().empty(); }, std::chrono::seconds(10)));
    library.waitForIdle();
}
