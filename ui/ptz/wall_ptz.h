#pragma once

#include <QObject>
#include <QPointer>

#include <optional>

class QKeyEvent;
class QMenu;

namespace pontive::core {
class PtzDesk;
}

namespace pontive::ui {

class KeypadEntry;
class PtzOverlay;
class WallView;

// PTZ on one wall: the overlay on the selected tile when the operator switches PTZ on
// (tile menu), the desk following the selected tile (tile change stops the old camera),
// the keypad entries ("12 Enter", "3 P") and the joystick's wall actions.
class WallPtz : public QObject
{
    Q_OBJECT
public:
    WallPtz(WallView *wall, core::PtzDesk *desk);
    ~WallPtz() override;

    // Adds the PTZ item for `tile` to its context menu.
    void addMenuItems(QMenu &menu, int tile);
    // True when the key was a keypad entry.
    bool handleKey(const QKeyEvent &event);
    bool isActive() const { return !m_overlay.isNull(); }
    void setActive(int tile, bool on);
    KeypadEntry *keypad() const { return m_keypad; }

private:
    void onTileSelected(int tile);
    void onControl(std::optional<qint64> cameraId, bool granted, const QString &message);
    void showPresets();
    void showPatrols();

    WallView *m_wall;
    QPointer<core::PtzDesk> m_desk;
    KeypadEntry *m_keypad;
    QPointer<PtzOverlay> m_overlay;
    int m_tile = -1;
};

} // namespace pontive::ui
