#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <vector>

namespace pontive::core {
class LayoutLibrary;
class ServiceNotifier;
}
namespace pontive::ui {
class WallView;
}

namespace pontive::app {

// Tells the service manager the wall is up (READY=1) once every wall screen has its
// layout back from the store, and, when asked (--state-file), keeps a JSON file saying
// what each screen shows: the kiosk test and a monitoring script read it.
class KioskState : public QObject
{
    Q_OBJECT
public:
    // A wall on show and the name its layout is kept under ("console" or a screen's name).
    struct Wall {
        QString name;
        QPointer<ui::WallView> view;
    };

    KioskState(core::ServiceNotifier *notifier, QString stateFile, QObject *parent = nullptr);

    // The walls whose restored layouts make the program ready; none: ready at once.
    void watch(const std::vector<Wall> &walls, core::LayoutLibrary *library);
    // The store could not be opened: the console says why, and the program is up.
    void storeFailed(const QString &why);

private:
    void becomeReady();
    void writeState() const;

    core::ServiceNotifier *m_notifier;
    QString m_stateFile;
    std::vector<Wall> m_walls;
    QSet<QString> m_waiting;
    bool m_ready = false;
    bool m_quitting = false;
};

} // namespace pontive::app
