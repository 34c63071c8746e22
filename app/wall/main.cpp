// pontive-wall: the operator's console and wall. This file only builds the services
// (store, loaders) and hands them to the windows.
#include "kiosk_state.h"
#include "main_window.h"
#include "booking/booking_console.h"
#include "theme.h"

#include "media/media_engine.h"
#include "service/service_notifier.h"
#include "service/termination_signal.h"
#include "layout/layout_library.h"
#include "store/camera_list_loader.h"
#include "wall/wall_view.h"
#include "wall/wall_window.h"
#include "store/database.h"
#include "health/health_console.h"
#include "health/live_stream_board.h"
#include "health_station.h"
#ifdef PONTIVE_WITH_PTZ_UI
#include "ptz/joystick_manager.h"
#include "ptz/ptz_desk.h"
#include "ptz/wall_ptz.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QScreen>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pontive-wall"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pontive Wall"));
    QApplication::setOrganizationName(QStringLiteral("pontive-wall"));
    QApplication::setApplicationVersion(QStringLiteral(PONTIVE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Pontive Wall: the Pontive Center's video wall console"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("store URL (sqlite:///path or postgresql://...)"),
                      QStringLiteral("URL"), qEnvironmentVariable("PONTIVE_DATABASE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("interface language: id (default) or en"),
                      QStringLiteral("LANG"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("wall"),
                      QStringLiteral("full-screen wall windows on every monitor (the console on the primary one "
                                     "when there are several)")});
    parser.addOption({QStringLiteral("state-file"),
                      QStringLiteral("keep what each wall screen shows in FILE (JSON), for tests and monitoring"),
                      QStringLiteral("FILE")});
    parser.process(app);
    const bool wallMode = parser.isSet(QStringLiteral("wall"));

    // Bahasa Indonesia by default: the operators' language.
    QTranslator translator;
    if (parser.value(QStringLiteral("lang")) != QLatin1String("en")
        && translator.load(QStringLiteral(":/i18n/pontive_id.qm")))
        QApplication::installTranslator(&translator);
    QLocale::setDefault(parser.value(QStringLiteral("lang")) == QLatin1String("en") ? QLocale(QLocale::English)
                                                                                     : QLocale(QStringLiteral("id_ID")));
    pontive::ui::applyOperatorTheme(app);

    auto url = pontive::core::DatabaseUrl::defaultLocation();
    if (const QString text = parser.value(QStringLiteral("database")); !text.isEmpty()) {
        auto parsed = pontive::core::DatabaseUrl::parse(text);
        if (!parsed) {
            QMessageBox::critical(nullptr, QObject::tr("Pontive Wall"), parsed.error().message);
            return 2;
        }
        url = *parsed;
    }

    // The store opens (and migrates) on a worker thread; the window shows meanwhile.
    std::shared_ptr<pontive::core::Database> db;
    std::unique_ptr<pontive::core::CameraListLoader> loader;
    // Video: GStreamer once for the whole program; without it the wall still runs and
    // every tile says why it shows no picture.
    std::shared_ptr<pontive::core::MediaEngine> engine;
    if (auto created = pontive::core::MediaEngine::create())
        engine = *created;
    else
        qWarning("pontive-wall: no video: %s", qPrintable(created.error().fullText()));

    // Under the kiosk unit: watchdog pings from this (the GUI) thread, READY=1 once the
    // walls show their layouts.
    pontive::core::ServiceNotifier notifier;
    notifier.startWatchdog();
    pontive::app::KioskState kiosk(&notifier, parser.value(QStringLiteral("state-file")));

    std::unique_ptr<pontive::ui::MainWindow> window =
        std::make_unique<pontive::ui::MainWindow>(nullptr, url.displayName(), engine);
    std::unique_ptr<pontive::core::LayoutLibrary> library;
    // Camera health: the console's view and alarm now, the monitor once the store is open.
    auto board = std::make_shared<pontive::core::LiveStreamBoard>();
    auto *health = new pontive::ui::HealthConsole(window.get(), board);
    std::unique_ptr<HealthStation> station;
#ifdef PONTIVE_WITH_PTZ_UI
    // Joysticks polled on the GUI thread; each PTZ camera's ONVIF on its own worker.
    pontive::core::JoystickManager joysticks;
    if (auto started = joysticks.start(); !started)
        qWarning("pontive-wall: no joysticks: %s", qPrintable(started.error().fullText()));
    std::unique_ptr<pontive::core::PtzDesk> ptz;
#endif
    std::vector<std::unique_ptr<pontive::ui::WallWindow>> walls;
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (!wallMode || screens.size() > 1)
        window->showMaximized();
    if (wallMode && screens.size() > 1)
        window->setScreen(QGuiApplication::primaryScreen());

    QFutureWatcher<pontive::Result<std::shared_ptr<pontive::core::Database>>> opening;
    QObject::connect(&opening, &QFutureWatcherBase::finished, window.get(), [&] {
        auto opened = opening.result();
        if (!opened) {
            window->showStoreError(opened.error());
            kiosk.storeFailed(opened.error().message);
            return;
        }
        db = *opened;
        loader = std::make_unique<pontive::core::CameraListLoader>(db);
        library = std::make_unique<pontive::core::LayoutLibrary>(db, pontive::core::Actor::current());
        window->setLayoutLibrary(library.get());
        // The meeting room: calendar tab, today's meetings, and the walls following the agenda.
        auto *booking = new pontive::ui::BookingConsole(window.get(), db, pontive::core::Actor::current(), library.get());
#ifdef PONTIVE_WITH_PTZ_UI
        ptz = std::make_unique<pontive::core::PtzDesk>(db, pontive::core::Actor::current(),
                                                       joysticks.isRunning() ? &joysticks : nullptr);
        window->setPtzDesk(ptz.get());
#endif
        if (wallMode) {
            for (QScreen *screen : screens) {
                if (screens.size() > 1 && screen == QGuiApplication::primaryScreen())
                    continue;
                auto wall = std::make_unique<pontive::ui::WallWindow>(screen, engine, library.get());
                QObject::connect(loader.get(), &pontive::core::CameraListLoader::loaded, wall->wall(),
                                 &pontive::ui::WallView::setCameras);
                booking->followWall(wall->wall());
                health->addWall(wall->wall());
#ifdef PONTIVE_WITH_PTZ_UI
                new pontive::ui::WallPtz(wall->wall(), ptz.get());
#endif
                wall->showFullScreen();
                window->addScreen(wall->screenName(), wall->wall());
                QObject::connect(library.get(), &pontive::core::LayoutLibrary::toursLoaded, wall->wall(),
                                 &pontive::ui::WallView::setSavedTours);
                walls.push_back(std::move(wall));
            }
        }
        // The console's wall is kept under "console", each wall window's under its screen.
        std::vector<pontive::app::KioskState::Wall> shown;
        if (window->isVisible())
            shown.push_back({QStringLiteral("console"), window->wall()});
        for (auto &w : walls)
            shown.push_back({w->screenName(), w->wall()});
        kiosk.watch(shown, library.get());
        window->setLoader(loader.get());
        station = std::make_unique<HealthStation>(db, board, health);
    });
    opening.setFuture(QtConcurrent::run([url] { return pontive::core::Database::open(url); }));

    // SIGTERM (systemctl stop) quits through the event loop: the walls save what they show.
    pontive::core::TerminationSignal termination;
    QObject::connect(&termination, &pontive::core::TerminationSignal::requested, &app, [&walls] {
        for (auto &w : walls)
            w->allowClose();
        QApplication::quit();
    });

    // Closing the console ends the program, walls included.
    QObject::connect(&app, &QApplication::lastWindowClosed, &app, [&walls] {
        for (auto &w : walls)
            w->allowClose();
    });
    const int code = QApplication::exec();
    notifier.stopping();
    for (auto &w : walls)
        w->allowClose();
    walls.clear();
    station.reset();
    window.reset();
    library.reset();
    loader.reset();
    if (engine)
        engine->drainTeardowns();
    return code;
}
