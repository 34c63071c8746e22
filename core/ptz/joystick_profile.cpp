#include "joystick_profile.h"

#include <QJsonArray>

namespace pontive::core {

namespace {

const QMap<JoystickAction, QString> &actionKeys()
{
    static const QMap<JoystickAction, QString> keys{
        {JoystickAction::Preset, QStringLiteral("preset")},
        {JoystickAction::Home, QStringLiteral("home")},
        {JoystickAction::NextTile, QStringLiteral("next_tile")},
        {JoystickAction::PreviousTile, QStringLiteral("previous_tile")},
        {JoystickAction::NextCamera, QStringLiteral("next_camera")},
        {JoystickAction::PreviousCamera, QStringLiteral("previous_camera")},
        {JoystickAction::TileAlone, QStringLiteral("alone")},
        {JoystickAction::PauseTour, QStringLiteral("pause_tour")},
    };
    return keys;
}

QJsonObject shapeJson(const AxisShape &shape)
{
    return {{QStringLiteral("dead_zone"), shape.deadZone},
            {QStringLiteral("curve"), shape.curve},
            {QStringLiteral("invert"), shape.invert}};
}

AxisShape shapeFrom(const QJsonValue &value, AxisShape fallback)
{
    const QJsonObject o = value.toObject();
    return {o.value(QStringLiteral("dead_zone")).toDouble(fallback.deadZone),
            o.value(QStringLiteral("curve")).toDouble(fallback.curve),
            o.value(QStringLiteral("invert")).toBool(fallback.invert)};
}

} // namespace

JoystickProfile JoystickProfile::defaults(const JoystickInfo &joystick)
{
    JoystickProfile p;
    p.name = joystick.name;
    p.guid = joystick.guid;
    p.panAxis = joystick.axes > 0 ? 0 : -1;
    p.tiltAxis = joystick.axes > 1 ? 1 : -1;
    p.zoomAxis = joystick.axes > 2 ? 2 : -1;
    const JoystickAction after[] = {JoystickAction::Home,           JoystickAction::PreviousTile,
                                    JoystickAction::NextTile,       JoystickAction::PreviousCamera,
                                    JoystickAction::NextCamera,     JoystickAction::TileAlone,
                                    JoystickAction::PauseTour};
    for (int b = 0; b < joystick.buttons; ++b) {
        if (b < 9)
            p.buttons.insert(b, {JoystickAction::Preset, b + 1});
        else if (b - 9 < int(std::size(after)))
            p.buttons.insert(b, {after[b - 9], 0});
    }
    return p;
}

QJsonObject JoystickProfile::toJson() const
{
    QJsonArray buttonList;
    for (auto it = buttons.cbegin(); it != buttons.cend(); ++it) {
        if (it->action == JoystickAction::None)
            continue;
        QJsonObject b{{QStringLiteral("button"), it.key()}, {QStringLiteral("action"), actionKeys().value(it->action)}};
        if (it->action == JoystickAction::Preset)
            b.insert(QStringLiteral("preset"), it->preset);
        buttonList.append(b);
    }
    return {{QStringLiteral("pan_axis"), panAxis},
            {QStringLiteral("tilt_axis"), tiltAxis},
            {QStringLiteral("zoom_axis"), zoomAxis},
            {QStringLiteral("pan"), shapeJson(pan)},
            {QStringLiteral("tilt"), shapeJson(tilt)},
            {QStringLiteral("zoom"), shapeJson(zoom)},
            {QStringLiteral("snap"), snapWays},
            {QStringLiteral("buttons"), buttonList}};
}

JoystickProfile JoystickProfile::fromJson(const QJsonObject &json, const QString &name, const QString &guid)
{
    JoystickProfile p;
    p.name = name;
    p.guid = guid;
    p.panAxis = json.value(QStringLiteral("pan_axis")).toInt(p.panAxis);
    p.tiltAxis = json.value(QStringLiteral("tilt_axis")).toInt(p.tiltAxis);
    p.zoomAxis = json.value(QStringLiteral("zoom_axis")).toInt(p.zoomAxis);
    p.pan = shapeFrom(json.value(QStringLiteral("pan")), p.pan);
    p.tilt = shapeFrom(json.value(QStringLiteral("tilt")), p.tilt);
    p.zoom = shapeFrom(json.value(QStringLiteral("zoom")), p.zoom);
    p.snapWays = json.value(QStringLiteral("snap")).toInt(0);
    for (const QJsonValue &value : json.value(QStringLiteral("buttons")).toArray()) {
        const QJsonObject b = value.toObject();
        const JoystickAction action = actionKeys().key(b.value(QStringLiteral("action")).toString(), JoystickAction::None);
        if (action != JoystickAction::None)
            p.buttons.insert(b.value(QStringLiteral("button")).toInt(), {action, b.value(QStringLiteral("preset")).toInt()});
    }
    return p;
}

} // namespace pontive::core
