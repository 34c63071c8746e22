#include "joystick_ptz_binding.h"

#include "joystick_manager.h"
#include "ptz_controller.h"
#include "ptz_logging.h"

namespace pontive::core {

JoystickPtzBinding::JoystickPtzBinding(JoystickManager *joysticks, QObject *parent)
    : QObject(parent), m_joysticks(joysticks), m_tokenOf([](int n) { return QString::number(n); })
{
    connect(joysticks, &JoystickManager::attached, this, &JoystickPtzBinding::onAttached);
    connect(joysticks, &JoystickManager::detached, this, &JoystickPtzBinding::onDetached);
    connect(joysticks, &JoystickManager::axesChanged, this, &JoystickPtzBinding::onAxes);
    connect(joysticks, &JoystickManager::buttonPressed, this, &JoystickPtzBinding::onButton);
    for (const JoystickInfo &joystick : joysticks->joysticks())
        onAttached(joystick);
}

JoystickPtzBinding::~JoystickPtzBinding()
{
    release();
}

void JoystickPtzBinding::setProfiles(const QList<JoystickProfile> &profiles)
{
    m_profiles = profiles;
    for (const JoystickInfo &joystick : m_joysticks->joysticks())
        if (joystick.id == m_active)
            m_profile = profileFor(joystick);
}

JoystickProfile JoystickPtzBinding::profileFor(const JoystickInfo &joystick) const
{
    for (const JoystickProfile &profile : m_profiles)
        if (profile.guid == joystick.guid && profile.name == joystick.name)
            return profile;
    for (const JoystickProfile &profile : m_profiles)
        if (profile.name == joystick.name)
            return profile;
    return JoystickProfile::defaults(joystick);
}

void JoystickPtzBinding::setTarget(PtzController *controller)
{
    if (controller == m_target)
        return;
    release();  // tile change: the old camera stops
    m_target = controller;
}

void JoystickPtzBinding::setPresetTokens(std::function<QString(int)> tokenOf)
{
    m_tokenOf = std::move(tokenOf);
}

void JoystickPtzBinding::release()
{
    if (PtzController *target = m_target.data(); target && !m_velocity.isZero())
        target->stop();
    m_velocity = {};
}

PtzVelocity JoystickPtzBinding::velocityFor(const QList<double> &axes, const JoystickProfile &profile)
{
    const auto axis = [&axes](int index, const AxisShape &shape) {
        return index >= 0 && index < axes.size() ? stick::shapeAxis(axes[index], shape) : 0.0;
    };
    PtzVelocity v{axis(profile.panAxis, profile.pan), axis(profile.tiltAxis, profile.tilt),
                  axis(profile.zoomAxis, profile.zoom)};
    return stick::snapDirection(v, profile.snapWays);
}

void JoystickPtzBinding::onAttached(const JoystickInfo &joystick)
{
    if (m_active >= 0)
        return;  // the first joystick drives; others wait their turn
    m_active = joystick.id;
    m_profile = profileFor(joystick);
    emit activeJoystickChanged(joystick.name);
}

void JoystickPtzBinding::onDetached(int id)
{
    if (id != m_active)
        return;
    qCInfo(lcPtz) << "active joystick unplugged; stopping the camera";
    if (PtzController *target = m_target.data())
        target->stop();
    m_velocity = {};
    m_active = -1;
    const QList<JoystickInfo> others = m_joysticks->joysticks();
    for (const JoystickInfo &joystick : others)
        if (joystick.id != id) {
            onAttached(joystick);
            return;
        }
    emit activeJoystickChanged({});
}

void JoystickPtzBinding::onAxes(int id, const QList<double> &axes)
{
    if (id == m_active)
        apply(velocityFor(axes, m_profile));
}

void JoystickPtzBinding::apply(const PtzVelocity &velocity)
{
    if (velocity == m_velocity)
        return;  // jitter inside the dead zone ends here
    m_velocity = velocity;
    emit velocityChanged(velocity);
    if (PtzController *target = m_target.data())
        target->move(velocity);  // zero = stop
}

void JoystickPtzBinding::onButton(int id, int button)
{
    if (id != m_active)
        return;
    const JoystickButton binding = m_profile.buttons.value(button);
    PtzController *target = m_target.data();
    switch (binding.action) {
    case JoystickAction::None:
        return;
    case JoystickAction::Preset:
        if (target)
            target->gotoPreset(m_tokenOf(binding.preset));
        break;
    case JoystickAction::Home:
        if (target)
            target->gotoHome();
        break;
    default:
        break;
    }
    emit actionTriggered(binding.action, binding.preset);
}

} // namespace pontive::core
