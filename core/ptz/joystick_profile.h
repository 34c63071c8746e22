#pragma once

#include "stick_shaping.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace pontive::core {

enum class JoystickAction {
    None,
    Preset,          // preset N (1-9)
    Home,
    NextTile,
    PreviousTile,
    NextCamera,
    PreviousCamera,
    TileAlone,       // show the selected tile alone / back to the layout
    PauseTour,
};

struct JoystickButton {
    JoystickAction action = JoystickAction::None;
    int preset = 0;
    bool operator==(const JoystickButton &) const = default;
};

struct JoystickInfo {
    int id = -1;        // SDL instance id, unique while plugged in
    QString name;
    QString guid;
    int axes = 0;
    int buttons = 0;
};

// How one joystick model drives PTZ: which axis is pan, tilt and zoom, how each is
// shaped, the 4/8-way snap and what each button does. Kept per model (name + GUID).
struct JoystickProfile {
    QString name;
    QString guid;
    int panAxis = 0;
    int tiltAxis = 1;
    int zoomAxis = -1;                // -1: no zoom axis
    AxisShape pan;
    AxisShape tilt{3.0 / 64, 2, true};  // stick forward is negative on SDL; tilt up is positive
    AxisShape zoom{0.1, 1.5, false};
    int snapWays = 0;                 // 0 free, 4 or 8
    QMap<int, JoystickButton> buttons;

    // Generic 3-axis stick: X pan, Y tilt, twist (third axis) zoom; buttons 1-9 presets
    // 1-9, then home, previous/next tile, previous/next camera, alone, pause tour.
    static JoystickProfile defaults(const JoystickInfo &joystick);

    QJsonObject toJson() const;   // without name and GUID (they are the key)
    static JoystickProfile fromJson(const QJsonObject &json, const QString &name, const QString &guid);
    bool operator==(const JoystickProfile &) const = default;
};

} // namespace pontive::core
