#pragma once

#include "joystick_profile.h"
#include "ptz_controller.h"
#include "ptz_velocity.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace pontive::core {

class JoystickManager;

// Joystick -> PTZ: the active joystick's axes through its profile (dead zone, curve,
// invert, snap) into the target controller; buttons to presets and wall actions.
// Stops the camera when the stick returns to centre, the joystick is unplugged, the
// target changes (tile change), input is released (focus loss) and on destruction.
class JoystickPtzBinding : public QObject
{
    Q_OBJECT
public:
    explicit JoystickPtzBinding(JoystickManager *joysticks, QObject *parent = nullptr);
    ~JoystickPtzBinding() override;

    // Saved profiles; a joystick without one gets JoystickProfile::defaults.
    void setProfiles(const QList<JoystickProfile> &profiles);
    JoystickProfile profileFor(const JoystickInfo &joystick) const;
    // The controller of the selected PTZ tile; null when it is not a PTZ tile.
    void setTarget(PtzController *controller);
    PtzController *target() const { return m_target; }
    // Preset number -> token; default: the number itself ("3"), the common ONVIF token.
    void setPresetTokens(std::function<QString(int)> tokenOf);
    // Focus loss: stop the camera and ignore the stick until it moves again.
    void release();

    // The pure mapping, for the profile dialog and tests.
    static PtzVelocity velocityFor(const QList<double> &axes, const JoystickProfile &profile);

    int activeJoystick() const { return m_active; }
    PtzVelocity velocity() const { return m_velocity; }

signals:
    // A wall action (tile, camera, tour); presets and home are done here already.
    void actionTriggered(pontive::core::JoystickAction action, int preset);
    void activeJoystickChanged(const QString &name);  // empty: none
    void velocityChanged(const pontive::core::PtzVelocity &velocity);

private:
    void onAttached(const JoystickInfo &joystick);
    void onDetached(int id);
    void onAxes(int id, const QList<double> &axes);
    void onButton(int id, int button);
    void apply(const PtzVelocity &velocity);

    JoystickManager *m_joysticks;
    QList<JoystickProfile> m_profiles;
    QPointer<PtzController> m_target;
    std::function<QString(int)> m_tokenOf;
    int m_active = -1;
    JoystickProfile m_profile;
    PtzVelocity m_velocity;
};

} // namespace pontive::core
