#include "health_console.h"

#include "alarm_banner.h"
#include "camera_tree_model.h"
#include "health/health_data_service.h"
#include "health_report_window.h"
#include "health_view.h"
#include "main_window.h"
#include "offline_alarm.h"
#include "status_icons.h"
#include "wall/video_tile.h"
#include "wall/wall_view.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSoundEffect>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace pontive::ui {

HealthConsole::HealthConsole(MainWindow *window, std::shared_ptr<core::LiveStreamBoard> board,
                             core::HealthAlarmSettings settings)
    : QObject(window), m_window(window), m_board(std::move(board)), m_settings(std::move(settings)),
      m_view(new HealthView(window)), m_dock(new QDockWidget(tr("Camera health"), window)),
      m_alarm(new OfflineAlarm(window)), m_banner(new AlarmBanner(window)), m_publish(new QTimer(this)),
      m_reload(new QTimer(this))
{
    // The tree's icons and counts, the status bar and the tiles' "offline since" follow
    // the monitor: a round's transitions are written together, so one reload follows them.
    m_reload->setSingleShot(true);
    m_reload->setInterval(500);
    connect(m_reload, &QTimer::timeout, m_window, &MainWindow::reload);
    m_dock->setObjectName(QStringLiteral("healthDock"));
    m_dock->setWidget(m_view);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                        | QDockWidget::DockWidgetFloatable);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_alarm->setObjectName(QStringLiteral("offlineAlarm"));
    m_window->statusBar()->addPermanentWidget(m_alarm);
    // The banner goes above the wall, in the console's central area.
    if (auto *central = qobject_cast<QVBoxLayout *>(m_window->centralWidget() ? m_window->centralWidget()->layout() : nullptr))
        central->insertWidget(0, m_banner);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(statusIcon(core::CameraStatus::Online), this);
        m_tray->setToolTip(tr("Pontive Wall"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->raise();
            m_window->activateWindow();
            m_dock->show();
        });
    }
    m_sound = new QSoundEffect(this);
    m_sound->setSource(QUrl(QStringLiteral("qrc:/sounds/offline_alarm.wav")));
    m_sound->setVolume(0.8f);

    connect(m_alarm, &OfflineAlarm::raised, this, [this] {
        if (m_settings.soundEnabled())
            m_sound->play();
    });
    connect(m_alarm, &OfflineAlarm::acknowledged, this, [this](int count) {
        m_banner->hide();
        m_window->statusBar()->showMessage(tr("%n offline alarm(s) acknowledged", nullptr, count), 5000);
        if (m_tray)
            m_tray->setIcon(statusIcon(core::CameraStatus::Online));
        syncMarks();
    });
    connect(m_banner, &AlarmBanner::acknowledgeClicked, m_alarm, &OfflineAlarm::acknowledge);
    connect(m_view, &HealthView::cameraActivated, m_window, [this](qint64 id) {
        if (id)
            m_window->wall()->dropCameras(m_window->wall()->selectedTile(), {id});
    });
    connect(m_window->treeModel(), &QAbstractItemModel::modelReset, this, [this] {
        // The tree was rebuilt from the store: mark the pending alarms again.
        QTimer::singleShot(0, this, [this] {
            m_marked.clear();
            syncMarks();
            QStringList agencies;
            for (const core::Camera &c : m_window->treeModel()->cameras()) {
                if (!agencies.contains(c.agency))
                    agencies.append(c.agency);
            }
            agencies.sort();
            m_view->setAgencies(agencies);
        });
    });
    addWall(m_window->wall());
    connect(m_publish, &QTimer::timeout, this, &HealthConsole::publishStreams);
    m_publish->start(1000);
    buildMenu();
}

HealthConsole::~HealthConsole() = default;

void HealthConsole::buildMenu()
{
    QMenu *menu = new QMenu(tr("&Health"), m_window);
    menu->setObjectName(QStringLiteral("healthMenu"));
    QAction *show = m_dock->toggleViewAction();
    show->setText(tr("Camera &health view"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    menu->addAction(show);
    QAction *report = menu->addAction(tr("&Reports…"), this, &HealthConsole::openReports);
    report->setObjectName(QStringLiteral("healthReportAction"));
    menu->addAction(tr("&Acknowledge offline alarms"), m_alarm, &OfflineAlarm::acknowledge);
    menu->addSeparator();
    m_soundAction = menu->addAction(tr("Alarm &sound"));
    m_soundAction->setCheckable(true);
    m_soundAction->setChecked(m_settings.soundEnabled());
    connect(m_soundAction, &QAction::toggled, this, [this](bool on) { m_settings.setSoundEnabled(on); });
    // Before Help, the last menu.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
}

void HealthConsole::setService(core::HealthDataService *service)
{
    m_service = service;
    m_view->setService(service);
    if (service)
        connect(service, &core::HealthDataService::causeConfirmed, m_reload, qOverload<>(&QTimer::start));
}

void HealthConsole::openReports()
{
    if (!m_service) {
        m_window->statusBar()->showMessage(tr("The store is not open yet."), 5000);
        return;
    }
    if (!m_reports) {
        auto *window = new HealthReportWindow(m_service, m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        m_reports = window;
        window->load();
    }
    m_reports->show();
    m_reports->raise();
}

void HealthConsole::addWall(WallView *wall)
{
    if (wall)
        m_walls.emplace_back(wall);
}

QString HealthConsole::cameraName(qint64 cameraId) const
{
    const core::Camera *c = m_window->treeModel()->camera(cameraId);
    return c ? c->name + QStringLiteral(" (") + c->location + QLatin1Char(')') : tr("camera %1").arg(cameraId);
}

void HealthConsole::cameraWentOffline(qint64 cameraId, core::ProbeSymptom symptom)
{
    const QString name = cameraName(cameraId);
    m_alarm->cameraWentOffline(cameraId, name, symptom);
    const QString text = tr("Camera offline: %1 — %2").arg(name, core::HealthTerms::name(symptom));
    m_window->statusBar()->showMessage(text, 30000);
    notify(text);
    syncMarks();
    m_view->refresh();
    m_reload->start();
}

void HealthConsole::cameraBackOnline(qint64 cameraId)
{
    m_alarm->cameraBackOnline(cameraId);
    m_window->statusBar()->showMessage(tr("Camera back online: %1").arg(cameraName(cameraId)), 10000);
    if (m_alarm->pending() == 0)
        m_banner->hide();
    else if (m_banner->isVisible())
        m_banner->showAlarm(m_alarm->pendingLines().join(QStringLiteral("; ")));
    syncMarks();
    m_view->refresh();
    m_reload->start();
}

void HealthConsole::roundFinished(int, int)
{
    m_view->refresh();
}

void HealthConsole::acknowledge()
{
    m_alarm->acknowledge();
}

void HealthConsole::notify(const QString &text)
{
    if (!m_settings.notificationsEnabled())
        return;
    if (m_tray) {
        m_tray->setIcon(statusIcon(core::CameraStatus::Offline));
        m_tray->showMessage(tr("Pontive Wall: camera offline"), text, QSystemTrayIcon::Warning, 15000);
    } else {
        m_banner->showAlarm(m_alarm->pendingLines().join(QStringLiteral("; ")));
    }
}

void HealthConsole::syncMarks()
{
    const QList<qint64> pending = m_alarm->pendingCameras();
    for (qint64 id : m_marked) {
        if (!pending.contains(id))
            m_window->treeModel()->setAlarm(id, false);
    }
    for (qint64 id : pending) {
        if (!m_marked.contains(id))
            m_window->treeModel()->setAlarm(id, true);
    }
    m_marked = pending;
    for (const QPointer<WallView> &guarded : m_walls) {
        WallView *wall = guarded.data(); // one read: g++ could not prove a second one non-null
        if (!wall)
            continue;
        for (int i = 0; i < wall->tileCount(); ++i) {
            VideoTile *tile = wall->tile(i);
            tile->setAlarm(tile->camera() && pending.contains(tile->camera()->id));
        }
    }
}

void HealthConsole::publishStreams()
{
    QHash<qint64, core::LiveStreamBoard::Entry> entries;
    QHash<qint64, QDateTime> lastFrames;
    for (const QPointer<WallView> &guarded : m_walls) {
        WallView *wall = guarded.data(); // one read: g++ could not prove a second one non-null
        if (!wall)
            continue;
        for (int i = 0; i < wall->tileCount(); ++i) {
            VideoTile *tile = wall->tile(i);
            if (!tile->camera())
                continue;
            if (const QDateTime at = tile->lastFrameAt(); at.isValid()) {
                QDateTime &newest = lastFrames[tile->camera()->id];
                newest = std::max(newest, at);
            }
            const core::StreamStatus st = tile->status();
            if (st.state == core::StreamState::Stopped)
                continue;
            core::LiveStreamBoard::Entry e{st.state, st.reason, st.detail, 0.0, 0.0};
            if (const auto stats = tile->stats()) {
                e.fps = stats->fps;
                e.kbitPerSecond = stats->kbitPerSecond;
            }
            // A camera on two tiles: the playing one speaks for it.
            const auto it = entries.constFind(tile->camera()->id);
            if (it == entries.constEnd() || (it->state != core::StreamState::Playing && e.state == core::StreamState::Playing))
                entries.insert(tile->camera()->id, e);
        }
    }
    if (m_board)
        m_board->publish(entries);
    m_window->treeModel()->setLastFrames(lastFrames);
    m_view->setLive(entries);
    syncMarks();
}

} // namespace pontive::ui
