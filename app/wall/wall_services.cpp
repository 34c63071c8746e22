#include "wall_services.h"

#include "health_station.h"
#include "main_window.h"
#include "booking/booking_console.h"

#include "media/media_engine.h"
#include "layout/layout_library.h"
#include "store/camera_list_loader.h"
#include "wall/wall_view.h"
#include "wall/wall_window.h"
#include "store/database.h"
#include "health/health_console.h"
#include "health/live_stream_board.h"
#include "ptz/ptz_desk.h"
#include "ptz/wall_ptz.h"

#include <QApplication>
#include <QScreen>
#include <QtConcurrent/QtConcurrentRun>

namespace pontive::app {

WallServices::WallServices(core::DatabaseUrl url, bool wallMode, const QString &stateFile)
    : m_url(std::move(url)), m_wallMode(wallMode), m_kiosk(&m_notifier, stateFile)
{
    // Video: GStreamer once for the whole program; without it the wall still runs and
    // every tile says why it shows no picture.
    if (auto created = core::MediaEngine::create())
        m_engine = *created;
    else
        qWarning("pontive-wall: no video: %s", qPrintable(created.error().fullText()));

    // Under the kiosk unit: watchdog pings from this (the GUI) thread, READY=1 once the
    // walls show their layouts.
    m_notifier.startWatchdog();

    m_window = std::make_unique<ui::MainWindow>(nullptr, m_url.displayName(), m_engine);
    // Camera health: the console's view and alarm now, the monitor once the store is open.
    m_board = std::make_shared<core::LiveStreamBoard>();
    m_health = new ui::HealthConsole(m_window.get(), m_board);
    // Joysticks polled on the GUI thread; each PTZ camera's ONVIF on its own worker.
    if (auto started = m_joysticks.start(); !started)
        qWarning("pontive-wall: no joysticks: %s", qPrintable(started.error().fullText()));
    m_screens = QGuiApplication::screens();
    if (!m_wallMode || m_screens.size() > 1) {
        // The screen's size first: maximising is the window manager's job, and a bare X
        // session (a kiosk, Xvfb) has none, so the console stayed at its default size.
        m_window->setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
        m_window->showMaximized();
    }
    if (m_wallMode && m_screens.size() > 1)
        m_window->setScreen(QGuiApplication::primaryScreen());

    QObject::connect(&m_opening, &QFutureWatcherBase::finished, m_window.get(), [this] { storeOpened(); });
    m_opening.setFuture(QtConcurrent::run([url = m_url] { return core::Database::open(url); }));

    // SIGTERM (systemctl stop) quits through the event loop: the walls save what they show.
    QObject::connect(&m_termination, &core::TerminationSignal::requested, qApp, [this] {
        for (auto &w : m_walls)
            w->allowClose();
        QApplication::quit();
    });

    // Closing the console ends the program, walls included.
    QObject::connect(qApp, &QApplication::lastWindowClosed, qApp, [this] {
        for (auto &w : m_walls)
            w->allowClose();
    });
}

WallServices::~WallServices() = default;

void WallServices::storeOpened()
{
    auto opened = m_opening.result();
    if (!opened) {
        m_window->showStoreError(opened.error());
        m_kiosk.storeFailed(opened.error().message);
        return;
    }
    m_db = *opened;
    m_loader = std::make_unique<core::CameraListLoader>(m_db);
    m_library = std::make_unique<core::LayoutLibrary>(m_db, core::Actor::current());
    m_window->setLayoutLibrary(m_library.get());
    // The meeting room: calendar tab, today's meetings, and the walls following the agenda.
    auto *booking = new ui::BookingConsole(m_window.get(), m_db, core::Actor::current(), m_library.get());
    m_ptz = std::make_unique<core::PtzDesk>(m_db, core::Actor::current(), m_joysticks.isRunning() ? &m_joysticks : nullptr);
    m_window->setPtzDesk(m_ptz.get());
    if (m_wallMode) {
        for (QScreen *screen : m_screens) {
            if (m_screens.size() > 1 && screen == QGuiApplication::primaryScreen())
                continue;
            auto wall = std::make_unique<ui::WallWindow>(screen, m_engine, m_library.get());
            QObject::connect(m_loader.get(), &core::CameraListLoader::loaded, wall->wall(), &ui::WallView::setCameras);
            booking->followWall(wall->wall());
            m_health->addWall(wall->wall());
            new ui::WallPtz(wall->wall(), m_ptz.get());
            wall->showFullScreen();
            m_window->addScreen(wall->screenName(), wall->wall());
            QObject::connect(m_library.get(), &core::LayoutLibrary::toursLoaded, wall->wall(),
                             &ui::WallView::setSavedTours);
            m_walls.push_back(std::move(wall));
        }
    }
    // The console's wall is kept under "console", each wall window's under its screen.
    std::vector<KioskState::Wall> shown;
    if (m_window->isVisible())
        shown.push_back({QStringLiteral("console"), m_window->wall()});
    for (auto &w : m_walls)
        shown.push_back({w->screenName(), w->wall()});
    m_kiosk.watch(shown, m_library.get());
    m_window->setLoader(m_loader.get());
    m_station = std::make_unique<HealthStation>(m_db, m_board, m_health);
}

void WallServices::shutdown()
{
    m_notifier.stopping();
    for (auto &w : m_walls)
        w->allowClose();
    m_walls.clear();
    m_station.reset();
    m_window.reset();
    m_library.reset();
    m_loader.reset();
    if (m_engine)
        m_engine->drainTeardowns();
}

} // namespace pontive::app
