#pragma once

#include "layout/layout.h"
#include "layout/wall_state.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace pontive::core {
class LayoutLibrary;
}

namespace pontive::ui {

class WallView;

// Remembers what one screen's wall shows: restores it from the store at start (after a
// restart every screen comes back as it was: layout, cameras, running tours and forced
// stream qualities) and saves each change, a moment later so a burst of drops is one
// write. A change still waiting is saved when the keeper goes away (the program quits).
class ScreenLayoutKeeper : public QObject
{
    Q_OBJECT
public:
    ScreenLayoutKeeper(WallView *wall, core::LayoutLibrary *library, QString screen, QObject *parent = nullptr);
    ~ScreenLayoutKeeper() override;

    const QString &screen() const { return m_screen; }
    // Saves now if a change is waiting.
    void flush();
    // What runs on the wall now besides its layout.
    core::WallState capture() const;

signals:
    void restored();
    // The store has nothing for this screen yet (its first start).
    void nothingRemembered();

private:
    void restore(WallView &wall, const core::ScreenView &view);
    void schedule();
    void stateMayHaveChanged();

    struct Pending {
        core::Layout layout;
        core::WallState state;
    };

    QPointer<WallView> m_wall;
    QPointer<core::LayoutLibrary> m_library;
    QString m_screen;
    QTimer m_save;
    bool m_restoring = true;
    // Taken at each change, so it can be saved after the wall itself is gone.
    std::optional<Pending> m_pending;
    core::WallState m_lastState;
};

} // namespace pontive::ui
