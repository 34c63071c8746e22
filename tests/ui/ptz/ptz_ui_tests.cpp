// PTZ on the wall as the operator drives it: mouse drags and the wheel on the tile
// overlay, the presets and patrols dialogs, and the keypad, against the real ONVIF PTZ
// simulator on loopback (and a SQLite store where patrols and locks live).
#include "ptz_fixture.h"

#include "domain/camera.h"
#include "layout/layout_presets.h"
#include "ptz/ptz_desk.h"
#include "ptz/ptz_operations.h"
#include "ptz/ptz_overlay.h"
#include "ptz/ptz_patrols_dialog.h"
#include "ptz/ptz_presets_dialog.h"
#include "ptz/ptz_repository.h"
#include "ptz/wall_ptz.h"
#include "store/audit_log.h"
#include "test_store.h"
#include "wall/wall_view.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <functional>

using namespace pontive;
using namespace pontive::test;
using namespace std::chrono_literals;

namespace {

core::Camera simCamera(const PtzSim &sim, qint64 id)
{
    core::Camera camera;
    camera.id = id;
    camera.name = QStringLiteral("PTZ Tugu");
    camera.kind = core::CameraKind::Ptz;
    camera.onvifUrl = sim.server.deviceUrl(0).toString();
    camera.username = sim.credentials.user;
    camera.password = sim.credentials.password;
    return camera;
}

// A tile on screen with the PTZ overlay over it, the desk holding the camera.
struct OverlayOnTile {
    OverlayOnTile(core::PtzDesk &desk, const core::Camera &camera)
    {
        tile.resize(640, 480);
        desk.select(camera);
        REQUIRE(spinUntil([&] { return desk.hasControl(); }));
        overlay = new ui::PtzOverlay(&desk, &tile);
        tile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&tile));
    }
    QWidget tile;
    ui::PtzOverlay *overlay = nullptr;
};

// Presses at the centre, drags to `to` in a few steps, holds, releases there.
void drag(QWidget *overlay, QPoint to)
{
    const QPoint centre = overlay->rect().center();
    QTest::mousePress(overlay, Qt::LeftButton, {}, centre);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(overlay, centre + (to - centre) * i / 4);
    spinFor(400ms);
    QTest::mouseRelease(overlay, Qt::LeftButton, {}, to);
}

// Answers the next modal dialog as the operator would, once it is up.
void whenModal(const std::function<void(QWidget *)> &answer)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        answer(modal);
    });
    poll->start();
}

void typeName(const QString &name)
{
    whenModal([name](QWidget *dialog) {
        auto *line = dialog->findChild<QLineEdit *>();
        REQUIRE(line);
        line->selectAll();
        QTest::keyClicks(line, name);
        QTest::keyClick(line, Qt::Key_Return);
    });
}

void answerYes()
{
    whenModal([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
}

template <class W = QPushButton>
W *child(QWidget &parent, const QString &name)
{
    auto *w = parent.findChild<W *>(name);
    REQUIRE(w);
    return w;
}

QPushButton *buttonLabelled(QWidget &parent, const QString &text)
{
    for (QPushButton *b : parent.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

void click(QWidget *w)
{
    QTest::mouseClick(w, Qt::LeftButton);
}

QStringList rows(const QListWidget &list)
{
    QStringList out;
    for (int i = 0; i < list.count(); ++i)
        out.append(list.item(i)->text());
    return out;
}

bool near(const std::optional<onvif::PtzVector> &at, const onvif::PtzVector &want)
{
    return at && std::abs(at->pan - want.pan) < 1e-3 && std::abs(at->tilt - want.tilt) < 1e-3
           && std::abs(at->zoom - want.zoom) < 1e-3;
}

// The camera's presets as the simulator holds them.
QList<onvif::PtzPreset> simPresets(PtzSim &sim)
{
    auto client = sim.client();
    auto ops = core::PtzOperations::open(*client);
    REQUIRE(ops.has_value());
    auto list = client->presets(ops->profile());
    REQUIRE(list.has_value());
    return *list;
}

// A relative move (not in the simulator's request log): waits until the camera got there.
onvif::PtzVector moveBy(PtzSim &sim, core::PtzController &controller, onvif::PtzVector delta)
{
    const onvif::PtzVector from = *sim.server.ptzState(0);
    controller.relativeMove({delta.pan, delta.tilt, delta.zoom});
    REQUIRE(spinUntil([&] { return !near(sim.server.ptzState(0), from) && !sim.server.ptzMoving(0); }));
    return *sim.server.ptzState(0);
}

// Moves the camera somewhere and saves that view as a preset; returns where it is.
onvif::PtzVector savePresetAt(PtzSim &sim, core::PtzController &controller, const QString &name, onvif::PtzVector at)
{
    const int saved = int(simPresets(sim).size());
    const onvif::PtzVector where = moveBy(sim, controller, at);
    controller.savePreset(name);
    REQUIRE(spinUntil([&] { return int(simPresets(sim).size()) == saved + 1; }));
    return where;
}

} // namespace

TEST_CASE("dragging on the overlay moves the camera with the dragged signs and stops it on release, and the wheel zooms",
          "[ui][ptz]")
{
    PtzSim sim;
    core::PtzDesk desk(nullptr, core::Actor{QStringLiteral("budi"), QStringLiteral("ST-1")}, nullptr);
    OverlayOnTile screen(desk, simCamera(sim, 1));
    QWidget *overlay = screen.overlay;

    drag(overlay, {600, 40});  // right and up
    REQUIRE(spinUntil([&] { return sim.count(QStringLiteral("Stop")) == 1; }));
    auto moved = sim.last(QStringLiteral("ContinuousMove"));
    REQUIRE(moved);
    CHECK(moved->velocity.pan > 0.5);
    CHECK(moved->velocity.tilt > 0.5);
    CHECK(moved->velocity.zoom == 0);
    CHECK(sim.server.ptzRequests(0).last().operation == QStringLiteral("Stop"));

    sim.server.clearPtzRequests(0);
    drag(overlay, {120, 400});  // left and down
    REQUIRE(spinUntil([&] { return sim.count(QStringLiteral("Stop")) == 1; }));
    moved = sim.last(QStringLiteral("ContinuousMove"));
    REQUIRE(moved);
    CHECK(moved->velocity.pan < 0);
    CHECK(moved->velocity.tilt < 0);

    sim.server.clearPtzRequests(0);
    const QPoint centre = overlay->rect().center();
    QWheelEvent up(centre, overlay->mapToGlobal(centre), {}, {0, 120}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(overlay, &up);
    REQUIRE(spinUntil([&] { return sim.count(QStringLiteral("Stop")) == 1; }));
    moved = sim.last(QStringLiteral("ContinuousMove"));
    REQUIRE(moved);
    CHECK(moved->velocity.zoom > 0);
    CHECK(moved->velocity.pan == 0);

    sim.server.clearPtzRequests(0);
    QWheelEvent down(centre, overlay->mapToGlobal(centre), {}, {0, -120}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QApplication::sendEvent(overlay, &down);
    REQUIRE(spinUntil([&] { return sim.count(QStringLiteral("Stop")) == 1; }));
    CHECK(sim.last(QStringLiteral("ContinuousMove"))->velocity.zoom < 0);
}

TEST_CASE("the presets dialog saves the view, renames, goes to and deletes presets on the camera", "[ui][ptz]")
{
    PtzSim sim;
    core::PtzDesk desk(nullptr, core::Actor{QStringLiteral("budi"), QStringLiteral("ST-1")}, nullptr);
    OverlayOnTile screen(desk, simCamera(sim, 1));
    core::PtzController *controller = desk.controller();
    REQUIRE(controller);
    const onvif::PtzVector view = moveBy(sim, *controller, {0.3, -0.2, 0.25});

    ui::PtzPresetsDialog dialog(&desk);
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>();
    REQUIRE(list);
    const int before = int(simPresets(sim).size());

    typeName(QStringLiteral("Gerbang"));
    click(buttonLabelled(dialog, QStringLiteral("Save as new...")));
    REQUIRE(spinUntil([&] { return rows(*list).join(u'|').contains(QStringLiteral("Gerbang")); }));
    auto presets = simPresets(sim);
    REQUIRE(int(presets.size()) == before + 1);
    const QString token = presets.last().token;
    CHECK(presets.last().name == QStringLiteral("Gerbang"));

    list->setCurrentRow(list->count() - 1);
    typeName(QStringLiteral("Gerbang Utara"));
    click(buttonLabelled(dialog, QStringLiteral("Rename...")));
    REQUIRE(spinUntil([&] { return rows(*list).join(u'|').contains(QStringLiteral("Gerbang Utara")); }));
    presets = simPresets(sim);
    CHECK(presets.last().token == token);
    CHECK(presets.last().name == QStringLiteral("Gerbang Utara"));

    controller->gotoHome();
    REQUIRE(spinUntil([&] { return !near(sim.server.ptzState(0), view) && !sim.server.ptzMoving(0); }));
    const int gotos = sim.count(QStringLiteral("GotoPreset"));
    list->setCurrentRow(list->count() - 1);
    click(buttonLabelled(dialog, QStringLiteral("Go to")));
    REQUIRE(spinUntil([&] { return near(sim.server.ptzState(0), view); }));
    CHECK(sim.count(QStringLiteral("GotoPreset")) == gotos + 1);

    list->setCurrentRow(list->count() - 1);
    answerYes();
    click(buttonLabelled(dialog, QStringLiteral("Delete")));
    REQUIRE(spinUntil([&] { return !rows(*list).join(u'|').contains(QStringLiteral("Gerbang")); }));
    CHECK(int(simPresets(sim).size()) == before);
}

TEST_CASE("a patrol built in the dialog runs, shows its station on the tile, and stops by button or by a manual move",
          "[ui][ptz]")
{
    PtzSim sim;
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    const qint64 cameraId = addPtzCamera(*db);
    core::PtzDesk desk(db, core::Actor{QStringLiteral("budi"), QStringLiteral("ST-1")}, nullptr);
    OverlayOnTile screen(desk, simCamera(sim, cameraId));
    core::PtzController *controller = desk.controller();
    REQUIRE(controller);
    const onvif::PtzVector first = savePresetAt(sim, *controller, QStringLiteral("Tugu"), {0.4, 0.1, 0});
    const onvif::PtzVector second = savePresetAt(sim, *controller, QStringLiteral("Jembatan"), {-0.7, -0.3, 0.2});

    ui::PtzPatrolsDialog dialog(&desk);
    dialog.show();
    auto *list = child<QListWidget>(dialog, QStringLiteral("patrolList"));
    auto *steps = child<QTableWidget>(dialog, QStringLiteral("patrolSteps"));
    typeName(QStringLiteral("Keliling"));
    click(child(dialog, QStringLiteral("newPatrol")));
    REQUIRE(spinUntil([&] { return list->count() == 1 && list->currentRow() == 0; }));
    spinFor(1s);  // the camera's presets reach the dialog
    click(child(dialog, QStringLiteral("addStep")));
    click(child(dialog, QStringLiteral("addStep")));
    REQUIRE(steps->rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        auto *dwell = qobject_cast<QSpinBox *>(steps->cellWidget(row, 1));
        REQUIRE(dwell);
        CHECK(dwell->minimum() == 3);  // dwell >= 3 s
        dwell->setFocus();
        QTest::keyClick(dwell, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dwell, QStringLiteral("1"));  // under the minimum: not taken
        QTest::keyClick(dwell, Qt::Key_Return);
        CHECK(dwell->value() >= 3);
        QTest::keyClick(dwell, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dwell, QStringLiteral("3"));
        QTest::keyClick(dwell, Qt::Key_Return);
        CHECK(dwell->value() == 3);
    }
    click(child(dialog, QStringLiteral("savePatrol")));
    core::PtzRepository repo(db, core::Actor{});
    REQUIRE(spinUntil([&] { auto p = repo.patrols(cameraId); return p && p->size() == 1; }));
    const core::PtzPatrol saved = repo.patrols(cameraId)->front();
    CHECK(saved.name == QStringLiteral("Keliling"));
    REQUIRE(saved.steps.size() == 2);
    CHECK(saved.steps[0].dwell == 3s);
    CHECK(saved.steps[0].presetToken != saved.steps[1].presetToken);
    REQUIRE(spinUntil([&] { return rows(*list) == QStringList{QStringLiteral("Keliling")}; }));

    sim.server.clearPtzRequests(0);
    click(child(dialog, QStringLiteral("startPatrol")));
    CHECK(desk.patrolRunning());
    REQUIRE(spinUntil([&] { return near(sim.server.ptzState(0), first); }));
    REQUIRE(spinUntil([&] { return near(sim.server.ptzState(0), second); }));
    REQUIRE(spinUntil([&] { return sim.count(QStringLiteral("GotoPreset")) >= 3; }, 30s));  // round and round
    const QString state = child<QLabel>(dialog, QStringLiteral("patrolState"))->text();
    CHECK(state.contains(QStringLiteral("Keliling")));
    CHECK(state.contains(QStringLiteral("ST-1")));
    CHECK(ui::PtzPatrolsDialog::runningText(desk) == state);  // what the tile paints

    click(child(dialog, QStringLiteral("stopPatrol")));
    CHECK(!desk.patrolRunning());
    const int gotos = sim.count(QStringLiteral("GotoPreset"));
    spinFor(4s);  // longer than a dwell
    CHECK(sim.count(QStringLiteral("GotoPreset")) == gotos);

    click(child(dialog, QStringLiteral("startPatrol")));
    REQUIRE(desk.patrolRunning());
    drag(screen.overlay, {600, 240});
    CHECK(!desk.patrolRunning());
    REQUIRE(spinUntil([&] { return sim.last(QStringLiteral("Stop")).has_value(); }));
    const int afterMove = sim.count(QStringLiteral("GotoPreset"));
    spinFor(4s);
    CHECK(sim.count(QStringLiteral("GotoPreset")) == afterMove);

    auto conn = db->connection();
    REQUIRE(conn.has_value());
    REQUIRE(spinUntil([&] {
        auto audit = core::AuditLog::recent(*conn, 100);
        return audit && std::count_if(audit->cbegin(), audit->cend(),
                                      [](const core::AuditEntry &e) { return e.action == QStringLiteral("ptz-patrol"); })
                            == 2;
    }));
}

TEST_CASE("the patrols dialog renames and deletes a patrol and refuses a dwell under three seconds", "[ui][ptz]")
{
    PtzSim sim;
    TestStore store("sqlite");
    auto db = store.open();
    REQUIRE(db);
    const qint64 cameraId = addPtzCamera(*db);
    core::PtzRepository repo(db, core::Actor{QStringLiteral("budi"), QStringLiteral("ST-1")});
    CHECK(!repo.savePatrol({0, cameraId, QStringLiteral("Cepat"), {{QStringLiteral("1"), 2s}}}).has_value());
    REQUIRE(repo.savePatrol({0, cameraId, QStringLiteral("Pagi"), {{QStringLiteral("1"), 5s}}}).has_value());
    core::PtzDesk desk(db, core::Actor{QStringLiteral("budi"), QStringLiteral("ST-1")}, nullptr);
    OverlayOnTile screen(desk, simCamera(sim, cameraId));

    ui::PtzPatrolsDialog dialog(&desk);
    dialog.show();
    auto *list = child<QListWidget>(dialog, QStringLiteral("patrolList"));
    REQUIRE(spinUntil([&] { return rows(*list) == QStringList{QStringLiteral("Pagi")}; }));
    list->setCurrentRow(0);
    typeName(QStringLiteral("Pagi Hari"));
    click(child(dialog, QStringLiteral("renamePatrol")));
    REQUIRE(spinUntil([&] { return rows(*list) == QStringList{QStringLiteral("Pagi Hari")}; }));
    CHECK(repo.patrols(cameraId)->front().name == QStringLiteral("Pagi Hari"));
    CHECK(list->currentRow() == 0);
    answerYes();
    click(child(dialog, QStringLiteral("deletePatrol")));
    REQUIRE(spinUntil([&] { return list->count() == 0; }));
    CHECK(repo.patrols(cameraId)->empty());
}

TEST_CASE("keypad entry: a camera number then Enter puts that camera on the selected tile", "[ui][ptz]")
{
    core::PtzDesk desk(nullptr, core::Actor{QStringLiteral("budi"), QStringLiteral("ST-1")}, nullptr);
    ui::WallView wall(nullptr);
    wall.resize(800, 600);
    std::vector<core::Camera> cameras;
    for (int i = 1; i <= 20; ++i) {
        core::Camera c;
        c.id = i;
        c.name = QStringLiteral("Cam %1").arg(i);
        cameras.push_back(c);
    }
    wall.setCameras(cameras);
    wall.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    new ui::WallPtz(&wall, &desk);
    wall.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wall));
    wall.select(2);
    QTest::keyClicks(&wall, QStringLiteral("17"));
    QTest::keyClick(&wall, Qt::Key_Enter);
    CHECK(wall.wallLayout().cells[2].cameraId == 17);
    QTest::keyClick(&wall, Qt::Key_5);
    QTest::keyClick(&wall, Qt::Key_Return);
    CHECK(wall.wallLayout().cells[2].cameraId == 5);
    CHECK(!wall.wallLayout().cells[0].cameraId);
}
