#pragma once

#include <QObject>
#include <QTimer>

namespace pontive::core {
class LayoutLibrary;
struct Layout;
}

namespace pontive::ui {

class WallView;

// Remembers what one screen's wall shows: restores it from the store at start (after a
// restart every screen comes back as it was) and saves each change, a moment later so a
// burst of drops is one write.
class ScreenLayoutKeeper : public QObject
{
    Q_OBJECT
public:
    ScreenLayoutKeeper(WallView *wall, core::LayoutLibrary *library, QString screen, QObject *parent = nullptr);

    const QString &screen() const { return m_screen; }
    // Saves now if a change is waiting.
    void flush();

signals:
    void restored();

private:
    void schedule();

    WallView *m_wall;
    core::LayoutLibrary *m_library;
    QString m_screen;
    QTimer m_save;
    bool m_restoring = true;
};

} // namespace pontive::ui
