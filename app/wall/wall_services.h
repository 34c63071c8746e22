#pragma once

#include "kiosk_state.h"

#include "error.h"
#include "ptz/joystick_manager.h"
#include "service/service_notifier.h"
#include "service/termination_signal.h"
#include "store/database_url.h"

#include <QFutureWatcher>

#include <memory>
#include <vector>

class QScreen;
class HealthStation;

namespace pontive::core {
class CameraListLoader;
class Database;
class LayoutLibrary;
class LiveStreamBoard;
class MediaEngine;
class PtzDesk;
}
namespace pontive::ui {
class HealthConsole;
class MainWindow;
class WallWindow;
}

namespace pontive::app {

// The wiring of pontive-wall, built by main(): video, the kiosk state, the console and its
// health view, joysticks; once the store has opened on a worker thread, the camera loader,
// layouts, the meeting room, PTZ, the wall windows and the health monitor. The composition
// root: every service is made here and handed down.
class WallServices
{
public:
    WallServices(core::DatabaseUrl url, bool wallMode, const QString &stateFile);
    ~WallServices();

    // Tears the services down after the event loop, walls first, and drains the video.
    void shutdown();

private:
    void storeOpened();

    core::DatabaseUrl m_url;
    bool m_wallMode = false;
    // The store opens (and migrates) on a worker thread; the window shows meanwhile.
    std::shared_ptr<core::Database> m_db;
    std::unique_ptr<core::CameraListLoader> m_loader;
    std::shared_ptr<core::MediaEngine> m_engine;
    core::ServiceNotifier m_notifier;
    KioskState m_kiosk;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<core::LayoutLibrary> m_library;
    std::shared_ptr<core::LiveStreamBoard> m_board;
    ui::HealthConsole *m_health = nullptr;   // owned by the window
    std::unique_ptr<HealthStation> m_station;
    core::JoystickManager m_joysticks;
    std::unique_ptr<core::PtzDesk> m_ptz;
    std::vector<std::unique_ptr<ui::WallWindow>> m_walls;
    QList<QScreen *> m_screens;
    QFutureWatcher<Result<std::shared_ptr<core::Database>>> m_opening;
    core::TerminationSignal m_termination;
};

} // namespace pontive::app
