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
class OperatorPtzController;
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
    // The controller the operator drives once control is granted; null otherwise. Any
    // command through it that moves the camera stops a running patrol.
    PtzController *controller() const;
    const Actor &actor() const { return m_actor; }
    bool hasControl() const { return m_granted; }
    JoystickPtzBinding *joystick() const { return m_binding; }
    JoystickManager *joysticks() const { return m_joysticks; }
    // Saves a joystick profile (worker thread) and uses it from now on.
    void saveJoystickProfile(const JoystickProfile &profile);

    // Preset recall as the operator does it (audited).
    void gotoPreset(const QString &token);
    // "3 P" on the keypad, button 3 on the joystick: see presetTokenForNumber.
    void gotoPresetNumber(int number);
    // Patrols of the selected camera, read and written on a worker thread. Each call is
    // answered by patrolsChanged (the fresh list) or patrolFailed (the reason).
    void refreshPatrols();
    // Saved under `patrol.name` on the selected camera (replacing a patrol of that name).
    void savePatrol(const PtzPatrol &patrol);
    void renamePatrol(qint64 patrolId, const QString &name);
    void removePatrol(qint64 patrolId);
    // Runs on the selected camera while this station holds control (false otherwise);
    // it stops on stopPatrol, a manual move, losing control, or a tile change.
    bool runPatrol(const PtzPatrol &patrol);
    void stopPatrol();
    bool patrolRunning() const;
    // The running patrol (id 0 with no patrol) and its current step (0-based).
    const PtzPatrol &runningPatrol() const;
    int patrolStep() const;

signals:
    // Control of the selected camera was granted or refused (message says by whom).
    void controlChanged(std::optional<qint64> cameraId, bool granted, const QString &message);
    void patrolsChanged(qint64 cameraId, const QList<pontive::core::PtzPatrol> &patrols);
    void patrolFailed(const QString &message);
    // A patrol started, went to its next preset, or stopped.
    void patrolStateChanged();

private:
    struct Session;
    // `work` runs on a worker thread with the repository; `done` back on this thread.
    template <class Result>
    void inStore(std::function<Result(PtzRepository &)> work, std::function<void(Result)> done = {});
    void endSession();
    void grant(bool granted, const QString &message);
    // A patrol write on the selected camera, then the fresh list.
    void writePatrols(std::function<Status(PtzRepository &)> work);

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
