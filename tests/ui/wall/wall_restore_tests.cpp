#include "catch_qt.h"
#include "camsim_process.h"
#include "test_store.h"
#include "tour_fixture.h"

#include "layout/layout_library.h"
#include "layout/layout_presets.h"
#include "wall/screen_layout_keeper.h"
#include "wall/tour_player.h"
#include "wall/video_tile.h"
#include "wall/wall_view.h"

#include <QSignalSpy>

#include <memory>

using namespace pontive;
using pontive::test::waitUntil;

namespace {

const core::Actor kStation{QStringLiteral("op"), QStringLiteral("wall-pc-1")};
const QString kScreen = QStringLiteral("WALL-LEFT");

std::vector<core::Camera> restoreCameras()
{
    std::vector<core::Camera> out;
    for (int i = 1; i <= 8; ++i) {
        core::Camera c;
        c.id = i;
        c.name = QStringLiteral("Cam %1").arg(i);
        c.location = QStringLiteral("Simpang %1").arg(i);
        c.agency = QStringLiteral("Dishub");
        out.push_back(c);
    }
    return out;
}

core::Tour tour(const QString &name, core::Tour::Mode mode, std::vector<qint64> cameras)
{
    return pontive::test::makeTour(name, mode, std::move(cameras), std::chrono::seconds(30));  // no step during the test
}

// One screen of a station as the program builds it: the wall and its keeper, which
// restores what the store remembers.
struct Screen {
    explicit Screen(core::LayoutLibrary &library)
        : wall(std::make_unique<ui::WallView>(nullptr))
    {
        wall->resize(800, 600);
        wall->setCameras(restoreCameras());
        keeper = std::make_unique<ui::ScreenLayoutKeeper>(wall.get(), &library, kScreen);
        QSignalSpy restored(keeper.get(), &ui::ScreenLayoutKeeper::restored);
        REQUIRE(waitUntil([&] { return restored.count() == 1; }, std::chrono::seconds(10)));
    }
    std::unique_ptr<ui::WallView> wall;
    std::unique_ptr<ui::ScreenLayoutKeeper> keeper;
};

std::optional<qint64> cameraOn(const ui::WallView &wall, int tile)
{
    return wall.wallLayout().cells[std::size_t(tile)].cameraId;
}

void saveTours(core::LayoutLibrary &library, const std::vector<core::Tour> &tours)
{
    QSignalSpy loaded(&library, &core::LayoutLibrary::toursLoaded);
    for (const core::Tour &t : tours)
        library.saveTour(t);
    REQUIRE(waitUntil([&] { return loaded.count() == int(tours.size()); }, std::chrono::seconds(10)));
}

} // namespace

TEST_CASE("a wall with a tile tour and a forced stream quality, closed and rebuilt, comes back with both", "[ui][wall][restore][store]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    {
        core::LayoutLibrary library(db, kStation);
        saveTours(library, {tour(QStringLiteral("Putar"), core::Tour::Mode::Tile, {4, 5, 6})});
        Screen screen(library);
        core::Layout l = *core::LayoutPresets::make(QStringLiteral("2x2"));
        l.cells[0].cameraId = 1;
        l.cells[3].cameraId = 8;
        screen.wall->setWallLayout(l);
        screen.wall->tours()->play(tour(QStringLiteral("Putar"), core::Tour::Mode::Tile, {4, 5, 6}), 1);
        screen.wall->setTileQuality(3, core::StreamQuality::Main);
        screen.wall->setTileQuality(0, core::StreamQuality::Sub);
        // Closed at once, before the save delay: the keeper saves on its way out.
    }
    core::LayoutLibrary library(db, kStation);
    Screen again(library);
    ui::WallView &wall = *again.wall;
    REQUIRE(wall.tileCount() == 4);
    CHECK(cameraOn(wall, 0) == 1);
    CHECK(cameraOn(wall, 3) == 8);
    CHECK(wall.tours()->tileTours() == std::map<int, QString>{{1, QStringLiteral("Putar")}});
    CHECK(cameraOn(wall, 1) == 4);  // the tour starts again at its first camera
    CHECK(wall.tile(1)->tourBadge().contains(QStringLiteral("Putar")));
    CHECK_FALSE(wall.tours()->isPaused());
    CHECK(wall.tile(3)->qualityOverride() == core::StreamQuality::Main);
    CHECK(wall.tile(0)->qualityOverride() == core::StreamQuality::Sub);
    CHECK_FALSE(wall.tile(2)->qualityOverride());
}

TEST_CASE("a paused layout tour comes back paused on its layout; a tour removed meanwhile is not restarted", "[ui][wall][restore][store]")
{
    PONTIVE_OPEN_STORE("sqlite", store, db);
    {
        core::LayoutLibrary library(db, kStation);
        const core::Tour all = tour(QStringLiteral("Semua"), core::Tour::Mode::Layout, {1, 2, 3, 4, 5, 6, 7, 8});
        saveTours(library, {all});
        Screen screen(library);
        screen.wall->setWallLayout(*core::LayoutPresets::make(QStringLiteral("3x3")));
        screen.wall->tours()->play(all, 0);
        screen.wall->tours()->setPaused(true);
    }
    {
        core::LayoutLibrary library(db, kStation);
        Screen again(library);
        REQUIRE(again.wall->tileCount() == 9);
        CHECK(again.wall->tours()->layoutTour() == QStringLiteral("Semua"));
        CHECK(again.wall->tours()->isPaused());
        CHECK(cameraOn(*again.wall, 7) == 8);
        CHECK_FALSE(cameraOn(*again.wall, 8));
        // Stopping the tours is remembered too.
        again.wall->tours()->stopAll();
        library.removeTour(QStringLiteral("Semua"));
    }
    core::LayoutLibrary library(db, kStation);
    Screen last(library);
    CHECK_FALSE(last.wall->tours()->isPlaying());
    CHECK(last.wall->tileCount() == 9);
}

TEST_CASE("the screen keeper saves a change made just before it goes away, even after its wall is gone", "[ui][wall][restore][store]")
{
    PONTIVE_OPEN_STORE("sqlite", store, db);
    {
        core::LayoutLibrary library(db, kStation);
        Screen screen(library);
        core::Layout l = *core::LayoutPresets::make(QStringLiteral("1+5"));
        l.cells[2].cameraId = 7;
        screen.wall->setWallLayout(l);
        // The console's order: its wall widget goes first, the keeper after it, with no
        // event loop turn in between (the save delay never ran out).
        screen.wall.reset();
        screen.keeper.reset();
    }
    {
        core::LayoutLibrary library(db, kStation);
        Screen again(library);
        REQUIRE(again.wall->tileCount() == 6);
        CHECK(cameraOn(*again.wall, 2) == 7);
        // A stream quality alone is a change too.
        again.wall->setTileQuality(2, core::StreamQuality::Main);
    }
    core::LayoutLibrary library(db, kStation);
    Screen last(library);
    CHECK(last.wall->tile(2)->qualityOverride() == core::StreamQuality::Main);
}
