#include "joystick_status.h"

#include "joystick_profile_dialog.h"
#include "ptz/joystick_manager.h"
#include "ptz/joystick_ptz_binding.h"
#include "ptz/ptz_desk.h"

namespace pontive::ui {

JoystickStatus::JoystickStatus(core::PtzDesk *desk, QWidget *parent) : QLabel(parent), m_desk(desk)
{
    setToolTip(tr("Double-click to set up the joystick"));
    if (core::JoystickPtzBinding *stick = desk->joystick()) {
        connect(stick, &core::JoystickPtzBinding::activeJoystickChanged, this, [this](const QString &name) {
            m_name = name;
            refresh();
        });
        connect(stick, &core::JoystickPtzBinding::velocityChanged, this, &JoystickStatus::refresh);
        connect(desk, &core::PtzDesk::controlChanged, this, &JoystickStatus::refresh);
        for (const core::JoystickInfo &joystick : desk->joysticks()->joysticks())
            if (joystick.id == stick->activeJoystick())
                m_name = joystick.name;
    }
    refresh();
}

void JoystickStatus::refresh()
{
    core::PtzDesk *desk = m_desk.data();
    core::JoystickPtzBinding *stick = desk ? desk->joystick() : nullptr;
    if (!stick) {
        setText(tr("Joystick: off"));
        return;
    }
    if (m_name.isEmpty()) {
        setText(tr("Joystick: none"));
        return;
    }
    const core::PtzVelocity v = stick->velocity();
    const QString state = !desk->hasControl() ? tr("no PTZ tile")
                          : v.isZero()          ? tr("ready")
                                                : tr("moving");
    setText(tr("Joystick: %1 (%2)").arg(m_name, state));
}

void JoystickStatus::mouseDoubleClickEvent(QMouseEvent *)
{
    core::PtzDesk *desk = m_desk.data();
    if (!desk || !desk->joysticks())
        return;
    JoystickProfileDialog dialog(desk, window());
    dialog.exec();
}

} // namespace pontive::ui
