#include "catch_qt.h"
#include "camsim_process.h"
#include "test_store.h"

#include "camera_tree_filter.h"
#include "camera_tree_model.h"
#include "layout/layout_library.h"
#include "layout/layout_presets.h"
#include "main_window.h"
#include "wall/camera_mime.h"
#include "wall/shortcuts_page.h"
#include "wall/wall_view.h"
#include "wall/wall_window.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pontive;
using pontive::test::waitUntil;

namespace {

const core::Actor kStation{QStringLiteral("op"), QStringLiteral("wall-pc-keys")};

// Answers the next modal message box once it shows (closes it, or clicks `answer`) and
// keeps its name, title, text and default button.
struct PageCatcher {
    explicit PageCatcher(QMessageBox::StandardButton answer = QMessageBox::NoButton)
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this, answer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                name = box->objectName();
                title = box->windowTitle();
                text = box->text();
                defaultButton = box->standardButton(box->defaultButton());
                if (answer != QMessageBox::NoButton && box->button(answer))
                    box->button(answer)->click();
                else
                    box->reject();
            }
        });
        timer.start();
    }
    QTimer timer;
    QString name;
    QString title;
    QString text;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
};

core::Layout savedLayout(const QString &name, const QString &preset, qint64 camera)
{
    core::Layout l = *core::LayoutPresets::make(preset);
    l.name = name;
    l.cells[0].cameraId = camera;
    return l;
}

// The row of the visible tree whose text starts with `text`.
QModelIndex findRow(const QAbstractItemModel &model, const QString &text, const QModelIndex &parent = {})
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data().toString().startsWith(text))
            return i;
        if (const QModelIndex below = findRow(model, text, i); below.isValid())
            return below;
    }
    return {};
}

} // namespace

TEST_CASE("a location dragged from the filtered tree brings the cameras shown under it and fills the free tiles around the drop", "[ui][wall][drag]")
{
    std::vector<core::Camera> cameras;
    for (int i = 1; i <= 5; ++i) {
        core::Camera c;
        c.id = i;
        c.name = QStringLiteral("Arah %1").arg(i);
        c.agency = QStringLiteral("Dishub");
        c.district = QStringLiteral("Pontianak Kota");
        c.location = i <= 4 ? QStringLiteral("Simpang Garuda") : QStringLiteral("Tugu Digulis");
        c.status = i == 2 ? core::CameraStatus::Offline : core::CameraStatus::Online;
        cameras.push_back(c);
    }
    ui::CameraTreeModel model;
    model.setCameras(cameras);
    ui::CameraTreeFilter filter;
    filter.setSourceModel(&model);

    // Unfiltered, the agency brings all five; the location its four.
    std::unique_ptr<QMimeData> agency(filter.mimeData({findRow(filter, QStringLiteral("Dishub"))}));
    CHECK(ui::cameraIdsFrom(agency.get()) == QList<qint64>{1, 2, 3, 4, 5});
    // Online only: the offline camera is not shown, so it does not come along.
    filter.setStatus(core::CameraStatus::Online);
    const QModelIndex location = findRow(filter, QStringLiteral("Simpang Garuda"));
    REQUIRE(location.isValid());
    std::unique_ptr<QMimeData> mime(filter.mimeData({location}));
    const QList<qint64> ids = ui::cameraIdsFrom(mime.get());
    CHECK(ids == QList<qint64>{1, 3, 4});

    // Dropped on the third tile of a 2x2 whose second tile is taken: the third and
    // fourth tiles, then the first.
    ui::WallView wall(nullptr);
    wall.setCameras(cameras);
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    wall.assign(1, 5);
    wall.dropCameras(2, ids);
    const auto &cells = wall.wallLayout().cells;
    CHECK(cells[2].cameraId == 1);
    CHECK(cells[3].cameraId == 3);
    CHECK(cells[0].cameraId == 4);
    CHECK(cells[1].cameraId == 5);
}

TEST_CASE("a wall window recalls presets and saved layouts with Ctrl+1..9 and shows the shortcuts on F1", "[ui][wall][keys]")
{
    PONTIVE_OPEN_STORE("sqlite", store, db);
    core::LayoutLibrary library(db, kStation);
    ui::WallWindow window(QGuiApplication::primaryScreen(), nullptr, &library);
    window.show();
    REQUIRE(waitUntil([&] { return library.findChildren<QObject *>().isEmpty(); }, std::chrono::seconds(10)));
    ui::WallView *wall = window.wall();

    // Nothing saved: Ctrl+N is the Nth preset, keeping the cameras.
    wall->dropCameras(0, {5});
    QTest::keyClick(wall, Qt::Key_3, Qt::ControlModifier);
    CHECK(wall->wallLayout().name == core::LayoutPresets::names()[2]);
    CHECK(wall->wallLayout().cells[0].cameraId == 5);

    // Saved layouts: Ctrl+N is the Nth of them, as saved.
    QSignalSpy loaded(&library, &core::LayoutLibrary::layoutsLoaded);
    library.saveLayout(savedLayout(QStringLiteral("A Pagi"), QStringLiteral("1+5"), 11));
    library.saveLayout(savedLayout(QStringLiteral("B Malam"), QStringLiteral("4x4"), 12));
    REQUIRE(waitUntil([&] { return loaded.count() == 2; }, std::chrono::seconds(10)));
    QTest::keyClick(wall, Qt::Key_2, Qt::ControlModifier);
    CHECK(wall->wallLayout().name == QStringLiteral("B Malam"));
    CHECK(wall->tileCount() == 16);
    CHECK(wall->wallLayout().cells[0].cameraId == 12);
    QTest::keyClick(wall, Qt::Key_9, Qt::ControlModifier);  // no ninth: nothing changes
    CHECK(wall->wallLayout().name == QStringLiteral("B Malam"));

    // Ctrl+L: every preset (beyond the nine keys, the portrait 3x4 too) and every saved
    // layout, on a menu the arrow keys and Enter work.
    QTest::keyClick(wall, Qt::Key_L, Qt::ControlModifier);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("wallLayoutMenu"));
    REQUIRE(menu);
    CHECK(menu->isVisible());
    QStringList offered;
    for (const QAction *a : menu->actions())
        if (!a->isSeparator())
            offered << a->text();
    for (const QString &preset : core::LayoutPresets::names())
        CHECK(offered.contains(preset));
    CHECK(offered.contains(QStringLiteral("A Pagi")));
    CHECK(offered.contains(QStringLiteral("B Malam")));
    for (QAction *a : menu->actions())
        if (a->text() == QStringLiteral("3x4"))
            a->trigger();
    CHECK(wall->wallLayout().name == QStringLiteral("3x4"));
    CHECK(wall->tileCount() == 12);
    CHECK(wall->wallLayout().cells[0].cameraId == 12);  // the cameras stay
    menu->close();

    // A stray Alt+F4 asks first, with No as the default: Enter or Esc keeps the wall.
    {
        PageCatcher question;
        window.close();
        CHECK(question.title == QStringLiteral("Close the wall"));
        CHECK(question.defaultButton == QMessageBox::No);
        CHECK(window.isVisible());
    }

    PageCatcher page;
    QTest::keyClick(wall, Qt::Key_F1);
    CHECK(page.name == QStringLiteral("shortcutsPage"));
    CHECK(page.text.contains(QStringLiteral("Ctrl+1")));
    CHECK_FALSE(page.text.contains(QStringLiteral("F5")));  // no tree to reload on a wall window
    CHECK(page.text.contains(QStringLiteral("Ctrl+L")));
    window.allowClose();
    library.waitForIdle();
}

TEST_CASE("the console recalls the Nth saved layout with Ctrl+N, again after a change, and F1 lists every shortcut", "[ui][wall][keys]")
{
    PONTIVE_OPEN_STORE("sqlite", store, db);
    core::LayoutLibrary library(db, kStation);
    QSignalSpy loaded(&library, &core::LayoutLibrary::layoutsLoaded);
    ui::MainWindow window(nullptr, QStringLiteral("test"));
    window.setLayoutLibrary(&library);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    library.saveLayout(savedLayout(QStringLiteral("A Pagi"), QStringLiteral("1+5"), 11));
    REQUIRE(waitUntil([&] { return loaded.count() >= 2; }, std::chrono::seconds(10)));
    ui::WallView *wall = window.wall();

    QTest::keyClick(wall, Qt::Key_1, Qt::ControlModifier);
    CHECK(wall->wallLayout().name == QStringLiteral("A Pagi"));
    CHECK(wall->wallLayout().cells[0].cameraId == 11);
    wall->dropCameras(0, {3});
    QTest::keyClick(wall, Qt::Key_1, Qt::ControlModifier);  // the same layout again: as saved
    CHECK(wall->wallLayout().cells[0].cameraId == 11);

    PageCatcher page;
    QTest::keyClick(wall, Qt::Key_F1);
    CHECK(page.name == QStringLiteral("shortcutsPage"));
    for (const auto &[key, what] : ui::ShortcutsPage::rows(ui::ShortcutsPage::Where::Console))
        CHECK(page.text.contains(what.toHtmlEscaped()));

    // F11: full screen and back.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(wall, Qt::Key_F11);
    CHECK(window.windowState().testFlag(Qt::WindowFullScreen));
    QTest::keyClick(wall, Qt::Key_F11);
    CHECK_FALSE(window.windowState().testFlag(Qt::WindowFullScreen));
    library.waitForIdle();
}

TEST_CASE("a layout saved at one station reaches another on the same store, and a deleted one leaves both", "[ui][wall][store]")
{
    PONTIVE_OPEN_STORE("sqlite", store, db);
    core::LayoutLibrary libraryA(db, core::Actor{QStringLiteral("op"), QStringLiteral("station-a")});
    core::LayoutLibrary libraryB(db, core::Actor{QStringLiteral("op"), QStringLiteral("station-b")});
    ui::MainWindow a(nullptr, QStringLiteral("test"));
    ui::MainWindow b(nullptr, QStringLiteral("test"));
    a.setLayoutLibrary(&libraryA);
    b.setLayoutLibrary(&libraryB);
    // The half-minute refresh, made quick for the test (the same timer runs).
    for (ui::MainWindow *w : {&a, &b}) {
        auto *refresh = w->findChild<QTimer *>(QStringLiteral("layoutRefresh"));
        REQUIRE(refresh);
        refresh->setInterval(50);
    }
    auto *boxA = a.findChild<QComboBox *>(QStringLiteral("layoutBox"));
    auto *boxB = b.findChild<QComboBox *>(QStringLiteral("layoutBox"));
    REQUIRE(boxA);
    REQUIRE(boxB);
    const int presets = int(core::LayoutPresets::names().size());

    a.wall()->setWallLayout(*core::LayoutPresets::make(QStringLiteral("1+5")));
    a.saveLayoutAs(QStringLiteral("Banjir Kapuas"));
    REQUIRE(waitUntil([&] { return boxB->findData(QStringLiteral("saved:Banjir Kapuas")) >= 0; }, std::chrono::seconds(10)));
    waitUntil([] { return false; }, std::chrono::milliseconds(300));  // several refreshes
    CHECK(boxB->count() == presets + 2);  // one separator, one saved layout: no pile-up

    b.chooseLayout(QStringLiteral("Banjir Kapuas"));
    CHECK(b.wall()->tileCount() == 6);
    auto *remove = b.findChild<QAction *>(QStringLiteral("deleteLayoutAction"));
    REQUIRE(remove);
    CHECK(remove->isEnabled());
    {
        // The question defaults to No; the operator says Yes.
        PageCatcher question(QMessageBox::Yes);
        remove->trigger();
        CHECK(question.title == QStringLiteral("Delete layout"));
        CHECK(question.defaultButton == QMessageBox::No);
    }
    REQUIRE(waitUntil([&] { return boxA->findData(QStringLiteral("saved:Banjir Kapuas")) < 0
                                   && boxB->findData(QStringLiteral("saved:Banjir Kapuas")) < 0; },
                      std::chrono::seconds(10)));
    CHECK(boxA->count() == presets);
    CHECK(b.wall()->tileCount() == 6);  // the wall keeps what it shows
    libraryA.waitForIdle();
    libraryB.waitForIdle();
}

TEST_CASE("a wall window on a screen with nothing remembered starts on the first saved layout", "[ui][wall][store]")
{
    PONTIVE_OPEN_STORE("sqlite", store, db);
    core::LayoutLibrary library(db, kStation);
    QSignalSpy saved(&library, &core::LayoutLibrary::layoutSaved);
    library.saveLayout(savedLayout(QStringLiteral("Pontive Center"), QStringLiteral("1+12"), 7));
    REQUIRE(waitUntil([&] { return saved.count() == 1; }, std::chrono::seconds(10)));
    {
        ui::WallWindow window(QGuiApplication::primaryScreen(), nullptr, &library);
        REQUIRE(waitUntil([&] { return window.wall()->wallLayout().name == QStringLiteral("Pontive Center"); },
                          std::chrono::seconds(10)));
        CHECK(window.wall()->tileCount() == 13);
        CHECK(window.wall()->wallLayout().cells[0].cameraId == 7);
        // The operator's next choice is what the screen keeps.
        window.wall()->setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
        window.allowClose();
    }
    library.waitForIdle();
    // Next start on the same screen: what it showed, not the first saved layout again.
    {
        ui::WallWindow again(QGuiApplication::primaryScreen(), nullptr, &library);
        REQUIRE(waitUntil([&] { return library.findChildren<QObject *>().isEmpty(); }, std::chrono::seconds(10)));
        waitUntil([] { return false; }, std::chrono::milliseconds(200));
        CHECK(again.wall()->tileCount() == 4);
        again.allowClose();
    }
    library.waitForIdle();
}
