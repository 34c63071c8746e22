// The kiosk unit's restart path: pontive-wall --wall on two named offscreen screens
// (tests/ui/screens.json: the console on the first, a wall window on the second),
// run by a supervisor that does what the unit file says (Restart, RestartSec,
// WatchdogSec, TimeoutAbortSec), killed with SIGKILL and hung with SIGSTOP; each time it
// must come back with every screen's layout.
#include "camsim_process.h"
#include "catch_qt.h"
#include "service_supervisor.h"
#include "service_unit.h"
#include "test_store.h"

#include "layout/layout_presets.h"
#include "store/layout_repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <csignal>

using namespace std::chrono_literals;
using pontive::test::ServiceSupervisor;
using pontive::test::ServiceUnit;
using pontive::test::waitUntil;

namespace {

struct WallState {
    qint64 pid = 0;
    bool ready = false;
    QMap<QString, pontive::core::Layout> screens;
};

WallState readState(const QString &path)
{
    WallState state;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    state.pid = json.value(QStringLiteral("pid")).toInteger();
    state.ready = json.value(QStringLiteral("ready")).toBool();
    for (const QJsonValue &screen : json.value(QStringLiteral("screens")).toArray()) {
        const QJsonObject s = screen.toObject();
        if (auto layout = pontive::core::Layout::fromJson(s.value(QStringLiteral("layout")).toObject()))
            state.screens.insert(s.value(QStringLiteral("name")).toString(), *layout);
    }
    return state;
}

pontive::core::Layout layoutWithCameras(const QString &preset, const std::vector<std::pair<std::size_t, qint64>> &cameras)
{
    pontive::core::Layout layout = *pontive::core::LayoutPresets::make(preset);
    for (const auto &[tile, camera] : cameras)
        layout.cells.at(tile).cameraId = camera;
    return layout;
}

} // namespace

TEST_CASE("kiosk unit: a killed or hung wall comes back with each screen's layout", "[kiosk]")
{
    ServiceUnit unit;
    REQUIRE(ServiceUnit::read(QStringLiteral(PONTIVE_KIOSK_UNIT), unit).isEmpty());
    // The unit's promises: restarted whatever the reason, within 2 s, watched by a watchdog.
    CHECK(unit.type == QStringLiteral("notify"));
    CHECK(unit.restart == QStringLiteral("always"));
    CHECK(unit.restartSec <= 2s);
    CHECK(unit.watchdogSec > 0ms);
    CHECK(unit.execStart.value(0).endsWith(QStringLiteral("/pontive-wall")));
    CHECK(unit.execStart.contains(QStringLiteral("--wall")));

    // What each screen showed before: the console on the primary screen (WALL-LEFT) and
    // the wall window on WALL-RIGHT, with different layouts and cameras.
    pontive::test::TestStore store("sqlite");
    const QMap<QString, pontive::core::Layout> expected{
        {QStringLiteral("console"), layoutWithCameras(QStringLiteral("1+5"), {{0, 11}, {3, 12}})},
        {QStringLiteral("WALL-RIGHT"), layoutWithCameras(QStringLiteral("3x3"), {{4, 21}, {8, 22}})},
    };
    {
        pontive::core::LayoutRepository layouts(store.open(), pontive::core::Actor::current());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            REQUIRE(layouts.saveScreenLayout(it.key(), it.value()).has_value());
    }

    QTemporaryDir home;
    const QString stateFile = home.filePath(QStringLiteral("state.json"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=" PONTIVE_TEST_SCREENS));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    ServiceSupervisor supervisor(unit, QStringLiteral(PONTIVE_WALL_PATH),
                                 {QStringLiteral("--database"), store.urlText(), QStringLiteral("--state-file"), stateFile},
                                 environment);
    REQUIRE(supervisor.start());

    // Up: ready (READY=1 from the main process) and showing what the store remembers.
    auto cameBackAs = [&](int start) {
        const bool back = waitUntil(
            [&] {
                const WallState state = readState(stateFile);
                return supervisor.starts() == start && supervisor.ready() && state.ready
                       && state.pid == supervisor.pid();
            },
            90s);
        INFO(supervisor.log().toStdString());
        REQUIRE(back);
        const WallState state = readState(stateFile);
        REQUIRE(state.screens.keys() == expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(state.screens.value(it.key()) == it.value());
        }
        return state.pid;
    };
    const qint64 first = cameBackAs(1);
    // A healthy wall pings the watchdog from its GUI thread and is left alone.
    CHECK(supervisor.watchdogPings() >= 1);
    CHECK(supervisor.watchdogTimeouts() == 0);

    // Killed: back after RestartSec, as it was.
    REQUIRE(::kill(static_cast<pid_t>(first), SIGKILL) == 0);
    const qint64 second = cameBackAs(2);
    CHECK(second != first);
    CHECK(supervisor.watchdogTimeouts() == 0);
    WARN("restarted " << supervisor.lastRestartDelayMs() << " ms after SIGKILL (RestartSec "
                      << unit.restartSec.count() << " ms)");

    // A hung process stops pinging: the watchdog aborts it and it comes back.
    REQUIRE(::kill(static_cast<pid_t>(second), SIGSTOP) == 0);
    const qint64 third = cameBackAs(3);
    CHECK(third != second);
    CHECK(supervisor.watchdogTimeouts() == 1);

    // Stopped (SIGTERM, as systemctl stop does): it quits cleanly through its event loop.
    supervisor.stop();
    INFO(supervisor.log().toStdString());
    CHECK(supervisor.lastExitClean());
}
