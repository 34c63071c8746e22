#pragma once

#include "domain/camera.h"
#include "joystick_profile.h"
#include "ptz_controller.h"
#include "ptz_patrol.h"
#include "store/actor.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace pontive::core {

class Database;
class JoystickManager;
class JoystickPtzBinding;
class OnvifPtzController;
class PtzController;
class PtzPatrolRunner;
class PtzRepository;
class RateLimitedPtzController;

// One station's PTZ: the camera of the selected tile with its controller stack (ONVIF,
// rate limited), the control lock (taken on selection, renewed while held, released
// on tile change), quirks loaded from and learned into the camera record, the joystick
// driving it, patrols, and one audit row per move, preset recall and patrol. Store work
// runs on worker threads; nothing here blocks the GUI thread. app/ builds one and hands
// it to the windows.
class PtzDesk : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds kLease{30};

    // `db` may be null (no store: no lock, quirks or audit); `joysticks` may be null.
    PtzDesk(std::shared_ptr<Database> db, Actor actor, JoystickManager *joysticks, QObject *parent = nullptr);
    ~PtzDesk() override;

    // Whether the wall may offer PTZ on this camera.
    static bool canControl(const Camera &camera);

    // Tile change: the previous camera stops and is released; `camera` (if any) is
    // prepared and its lock requested. `takeOver` is for admins.
    void select(const std::optional<Camera> &camera, bool takeOver = false);
    std::optional<qint64> selectedCamera() const;
    // The controller to drive once control is granted; null otherwise.
    PtzController *controller() const;
    bool hasControl() const { return m_granted; }
    JoystickPtzBinding *joystick() const { return m_binding; }
    JoystickManager *joysticks() const { return m_joysticks; }
    // Saves a joystick profile (worker thread) and uses it from now on.
    void saveJoystickProfile(const JoystickProfile &profile);

    // Preset recall as the operator does it (audited).
    void gotoPreset(const QString &token);
    // "3 P" on the keypad, button 3 on the joystick: see presetTokenForNumber.
    void gotoPresetNumber(int number);
    void runPatrol(const PtzPatrol &patrol);
    void stopPatrol();
    bool patrolRunning() const;

signals:
    // Control of the selected camera was granted or refused (message says by whom).
    void controlChanged(std::optional<qint64> cameraId, bool granted, const QString &message);

private:
    struct Session;
    // `work` runs on a worker thread with the repository; `done` back on this thread.
    template <class Result>
    void inStore(std::function<Result(PtzRepository &)> work, std::function<void(Result)> done = {});
    void endSession();
    void grant(bool granted, const QString &message);

    std::shared_ptr<Database> m_db;
    Actor m_actor;
    JoystickManager *m_joysticks;
    JoystickPtzBinding *m_binding = nullptr;
    QList<JoystickProfile> m_profiles;
    PtzPatrolRunner *m_patrol;
    std::unique_ptr<Session> m_session;
    bool m_granted = false;
    QList<PtzPresetInfo> m_presets;  // the selected camera's, for preset numbers
    QTimer m_leaseTimer;
    QDateTime m_patrolStart;
};

} // namespace pontive::core
