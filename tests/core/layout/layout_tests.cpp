#include "catch_qt.h"
#include "test_store.h"

#include "layout/layout_editor.h"
#include "layout/layout_presets.h"
#include "layout/tour.h"
#include "layout/wall_state.h"
#include "store/layout_repository.h"

#include <QJsonArray>

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;

namespace {

// Every pixel of the area belongs to at most one tile, and tiles fill it but for gaps.
void checkGeometry(const Layout &l, const QRect &area)
{
    qint64 covered = 0;
    for (std::size_t i = 0; i < l.cells.size(); ++i) {
        const QRect a = l.tileRect(i, area, 2);
        CHECK(area.contains(a));
        CHECK(a.width() > 0);
        CHECK(a.height() > 0);
        covered += qint64(a.width()) * a.height();
        for (std::size_t j = i + 1; j < l.cells.size(); ++j)
            CHECK_FALSE(a.intersects(l.tileRect(j, area, 2)));
    }
    // Spacing takes a few percent at most.
    CHECK(covered > qint64(area.width()) * area.height() * 85 / 100);
}

} // namespace

TEST_CASE("every preset layout gives the right tiles and non-overlapping geometry", "[layout]")
{
    const std::map<QString, std::size_t> tiles{{QStringLiteral("1"), 1},    {QStringLiteral("2x2"), 4},
                                               {QStringLiteral("3x3"), 9},   {QStringLiteral("4x4"), 16},
                                               {QStringLiteral("5x5"), 25},  {QStringLiteral("6x6"), 36},
                                               {QStringLiteral("8x8"), 64},  {QStringLiteral("1+5"), 6},
                                               {QStringLiteral("1+7"), 8},   {QStringLiteral("1+12"), 13},
                                               {QStringLiteral("2+8"), 10},  {QStringLiteral("3x4"), 12}};
    for (const QString &name : LayoutPresets::names()) {
        INFO(name.toStdString());
        const auto l = LayoutPresets::make(name);
        REQUIRE(l);
        CHECK(l->validate().isEmpty());
        CHECK(l->cells.size() == tiles.at(name));
        checkGeometry(*l, QRect(0, 0, 1920, 1080));
    }
    const Layout big = *LayoutPresets::make(QStringLiteral("1+5"));
    CHECK(big.tileRect(0, QRect(0, 0, 900, 900), 0) == QRect(0, 0, 600, 600));
    const Layout portrait = *LayoutPresets::make(QStringLiteral("3x4"));
    CHECK(portrait.columns == 3);
    CHECK(portrait.rows == 4);
    const Layout center = *LayoutPresets::make(QStringLiteral("1+12"));
    CHECK(center.cells[*center.tileAt(1, 1)].rowSpan == 2);
}

TEST_CASE("merging and splitting cells edits the grid and keeps cameras", "[layout]")
{
    Layout l = LayoutPresets::grid(4, 4);
    l.cells[5].cameraId = 42;  // row 1, column 1
    auto merged = LayoutEditor::merge(l, QRect(1, 1, 2, 2));
    REQUIRE(merged);
    CHECK(merged->validate().isEmpty());
    CHECK(merged->cells.size() == 13);
    const std::size_t big = *merged->tileAt(2, 2);
    CHECK(merged->cells[big].columnSpan == 2);
    CHECK(merged->cells[big].cameraId == 42);
    checkGeometry(*merged, QRect(0, 0, 1600, 900));

    auto cut = LayoutEditor::merge(*merged, QRect(0, 0, 2, 2));
    REQUIRE_FALSE(cut);
    CHECK(cut.error().message.contains(QStringLiteral("whole tiles")));

    auto split = LayoutEditor::split(*merged, big);
    REQUIRE(split);
    CHECK(split->validate().isEmpty());
    CHECK(split->cells.size() == 16);
    CHECK(split->cells[*split->tileAt(1, 1)].cameraId == 42);

    auto resized = LayoutEditor::resize(*split, 8, 8);
    REQUIRE(resized);
    CHECK(resized->cells.size() == 64);
    CHECK(resized->cells.front().cameraId == 42);
    CHECK_FALSE(LayoutEditor::resize(*split, 9, 9));
}

TEST_CASE("an invalid layout is refused", "[layout]")
{
    Layout l = LayoutPresets::grid(2, 2);
    l.cells.pop_back();
    CHECK(l.validate().contains(QStringLiteral("no tile")));
    l = LayoutPresets::grid(2, 2);
    l.cells[0].columnSpan = 2;
    CHECK(l.validate().contains(QStringLiteral("overlap")));
    CHECK_FALSE(Layout::fromJson(l.toJson()));
}

TEST_CASE("a saved layout, a screen's layout and a tour round-trip through the store", "[layout][store]")
{
    PONTIVE_FOR_EACH_ENGINE(engine);
    TestStore store(engine);
    PONTIVE_REQUIRE_STORE(store);
    auto db = store.open();
    REQUIRE(db);
    LayoutRepository repo(db, Actor{QStringLiteral("op"), QStringLiteral("console-1")});
    Layout l = *LayoutPresets::make(QStringLiteral("1+7"));
    l.name = QStringLiteral("Pontive Center");
    l.cells[0].cameraId = 7;
    l.cells[3].cameraId = 9;
    REQUIRE(repo.saveLayout(l));
    auto back = repo.layout(QStringLiteral("Pontive Center"));
    REQUIRE(back);
    CHECK(*back == l);
    l.cells[3].cameraId = 11;
    REQUIRE(repo.saveLayout(l));  // replaces
    CHECK(repo.layouts()->size() == 1);
    CHECK(repo.layout(l.name)->cells[3].cameraId == 11);

    CHECK_FALSE(repo.screenLayout(QStringLiteral("HDMI-1")).value());
    REQUIRE(repo.saveScreenLayout(QStringLiteral("HDMI-1"), l));
    REQUIRE(repo.saveScreenLayout(QStringLiteral("HDMI-1"), l));
    CHECK(repo.screenLayout(QStringLiteral("HDMI-1")).value() == l);
    LayoutRepository other(db, Actor{QStringLiteral("op"), QStringLiteral("console-2")});
    CHECK_FALSE(other.screenLayout(QStringLiteral("HDMI-1")).value());

    Tour t;
    t.name = QStringLiteral("Dishub sweep");
    t.mode = Tour::Mode::Layout;
    t.cameras = {1, 2, 3, 4, 5};
    t.dwell = std::chrono::seconds(8);
    REQUIRE(repo.saveTour(t));
    REQUIRE(repo.tours()->size() == 1);
    CHECK(repo.tours()->front() == t);
    t.dwell = std::chrono::seconds(2);
    CHECK_FALSE(repo.saveTour(t));
    REQUIRE(repo.removeLayout(l.name));
    CHECK_FALSE(repo.layout(l.name));
}

TEST_CASE("a tour advances after each step and wraps around", "[layout][tour]")
{
    Tour single;
    single.name = QStringLiteral("t");
    single.cameras = {10, 20, 30};
    TourSequencer s(single, 1);
    CHECK(s.steps() == 3);
    CHECK(s.current().front() == 10);
    s.advance();
    CHECK(s.current().front() == 20);
    s.advance();
    s.advance();
    CHECK(s.current().front() == 10);

    Tour paged = single;
    paged.mode = Tour::Mode::Layout;
    paged.cameras.clear();
    for (qint64 i = 1; i <= 20; ++i)
        paged.cameras.push_back(i);
    TourSequencer p(paged, 16);
    CHECK(p.steps() == 2);
    CHECK(p.current()[15] == 16);
    p.advance();
    CHECK(p.current()[0] == 17);
    CHECK(p.current()[3] == 20);
    CHECK_FALSE(p.current()[4]);
    p.advance();
    CHECK(p.current()[0] == 1);
}

TEST_CASE("a screen's wall state (tours, paused, forced qualities) round-trips with its layout and names its saved tours", "[layout][store]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    LayoutRepository repo(db, Actor{QStringLiteral("op"), QStringLiteral("wall-pc")});
    Tour sweep;
    sweep.name = QStringLiteral("Sweep");
    sweep.cameras = {3, 4, 5};
    REQUIRE(repo.saveTour(sweep));
    Layout l = *LayoutPresets::make(QStringLiteral("2x2"));
    l.cells[1].cameraId = 8;
    WallState state;
    state.tileTours = {{0, QStringLiteral("Sweep")}, {2, QStringLiteral("Gone")}};
    state.toursPaused = true;
    state.quality = {{1, StreamQuality::Main}, {3, StreamQuality::Sub}};
    REQUIRE(repo.saveScreenLayout(QStringLiteral("WALL-LEFT"), l, state));

    auto view = repo.screenView(QStringLiteral("WALL-LEFT"));
    REQUIRE(view);
    REQUIRE(view->has_value());
    CHECK((*view)->layout == l);
    CHECK((*view)->state == state);
    REQUIRE((*view)->tours.size() == 1);  // "Gone" is not saved any more
    CHECK((*view)->tours.front() == sweep);

    // A layout saved without a state (the demo, older callers) comes back with none.
    REQUIRE(repo.saveScreenLayout(QStringLiteral("WALL-LEFT"), l));
    CHECK(repo.screenView(QStringLiteral("WALL-LEFT")).value()->state.isEmpty());
    CHECK(WallState::fromJson(QJsonObject{{QStringLiteral("quality"), QJsonArray{QJsonObject{
                                  {QStringLiteral("tile"), 0}, {QStringLiteral("quality"), QStringLiteral("ultra")}}}}})
              .isEmpty());
}
