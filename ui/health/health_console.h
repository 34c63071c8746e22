#pragma once

#include "health/health_alarm_settings.h"
#include "health/live_stream_board.h"
#include "health/probe_symptom.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QSoundEffect;
class QSystemTrayIcon;
class QTimer;

namespace pontive::core {
class HealthDataService;
}

namespace pontive::ui {

class AlarmBanner;
class HealthView;
class MainWindow;
class OfflineAlarm;
class WallView;

// Camera health in the console, hooked in from outside the main window: the health view
// in a dock, the offline alarm (status bar, a tray notification or a banner, an optional
// sound) until the operator acknowledges it, the alarm drawn on tiles and in the tree,
// and the stream engine's state of the cameras on screen published for the monitor.
class HealthConsole : public QObject
{
    Q_OBJECT
public:
    HealthConsole(MainWindow *window, std::shared_ptr<core::LiveStreamBoard> board,
                  core::HealthAlarmSettings settings = core::HealthAlarmSettings());
    ~HealthConsole() override;

    // The store's door, once it is open (owned by the caller).
    void setService(core::HealthDataService *service);
    // Another wall (a full-screen monitor) whose tiles show alarms and publish streams.
    void addWall(WallView *wall);

    HealthView *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }
    OfflineAlarm *alarm() const { return m_alarm; }
    AlarmBanner *banner() const { return m_banner; }
    QAction *soundAction() const { return m_soundAction; }
    bool usesTray() const { return m_tray != nullptr; }
    // Reads the tiles now (the timer does it every second).
    void publishStreams();

public slots:
    void cameraWentOffline(qint64 cameraId, pontive::core::ProbeSymptom symptom);
    void cameraBackOnline(qint64 cameraId);
    void roundFinished(int probed, int answering);
    void acknowledge();
    // The reports window (charts, CSV and PDF export); once the store is open.
    void openReports();

private:
    void buildMenu();
    void notify(const QString &text);
    void syncMarks();
    QString cameraName(qint64 cameraId) const;

    MainWindow *m_window;
    core::HealthDataService *m_service = nullptr;
    QPointer<QWidget> m_reports;
    std::shared_ptr<core::LiveStreamBoard> m_board;
    core::HealthAlarmSettings m_settings;
    HealthView *m_view;
    QDockWidget *m_dock;
    OfflineAlarm *m_alarm;
    AlarmBanner *m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    QSoundEffect *m_sound = nullptr;
    QAction *m_soundAction = nullptr;
    QTimer *m_publish;
    QTimer *m_reload;  // the camera list again, once, after a burst of transitions
    std::vector<QPointer<WallView>> m_walls;
    QList<qint64> m_marked;
};

} // namespace pontive::ui
