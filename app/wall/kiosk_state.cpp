#include "kiosk_state.h"

#include "layout/layout_library.h"
#include "service/service_notifier.h"
#include "wall/wall_view.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pontive::app {

KioskState::KioskState(core::ServiceNotifier *notifier, QString stateFile, QObject *parent)
    : QObject(parent), m_notifier(notifier), m_stateFile(std::move(stateFile))
{
    // The walls are torn down after the event loop: what they show then is not news.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] { m_quitting = true; });
}

void KioskState::watch(const std::vector<Wall> &walls, core::LayoutLibrary *library)
{
    m_walls = walls;
    for (const Wall &wall : m_walls) {
        m_waiting.insert(wall.name);
        connect(wall.view, &ui::WallView::wallLayoutEdited, this, [this] {
            if (m_ready)
                writeState();
        });
    }
    // Connected after each wall's own ScreenLayoutKeeper, so the layout is on the wall
    // when this runs.
    connect(library, &core::LayoutLibrary::screenLayoutLoaded, this, [this](const QString &screen) {
        m_waiting.remove(screen);
        if (m_waiting.isEmpty())
            becomeReady();
    });
    if (m_waiting.isEmpty())
        becomeReady();
}

void KioskState::storeFailed(const QString &why)
{
    m_notifier->status(QStringLiteral("store unavailable: ") + why);
    becomeReady();
}

void KioskState::becomeReady()
{
    if (m_ready)
        return;
    m_ready = true;
    writeState();
    m_notifier->status(QStringLiteral("%1 wall(s) on show").arg(m_walls.size()));
    m_notifier->ready();
}

void KioskState::writeState() const
{
    if (m_stateFile.isEmpty() || m_quitting)
        return;
    QJsonArray screens;
    for (const Wall &wall : m_walls) {
        if (wall.view)
            screens.append(QJsonObject{{QStringLiteral("name"), wall.name},
                                       {QStringLiteral("layout"), wall.view->wallLayout().toJson()}});
    }
    const QJsonObject state{{QStringLiteral("pid"), QCoreApplication::applicationPid()},
                            {QStringLiteral("ready"), m_ready},
                            {QStringLiteral("screens"), screens}};
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0 || !file.commit())
        qWarning("pontive-wall: cannot write the state file %s", qPrintable(m_stateFile));
}

} // namespace pontive::app
