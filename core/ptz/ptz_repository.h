#pragma once

#include "error.h"
#include "joystick_profile.h"
#include "ptz_patrol.h"
#include "store/actor.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace pontive::core {

class Database;

// Camera behaviour learned by the PTZ client, kept on the camera record.
struct PtzQuirks {
    bool stopUnsupported = false;
    bool timeoutRejected = false;
    bool operator==(const PtzQuirks &) const = default;
};

// Who controls a camera's PTZ until when.
struct PtzLock {
    qint64 cameraId = 0;
    QString station;
    QString user;
    QDateTime acquired;
    QDateTime expires;
};

// Whether taking and releasing a lock leaves audit rows. A one-shot command (pontivectl)
// holds the lease only for the command, whose own row says what was done: Quiet. Taking
// a lock over from another station is always recorded.
enum class LockAudit { Recorded, Quiet };

// The PTZ aggregate in the store: quirks, control locks, patrols, joystick profiles, and
// the PTZ audit (one row per move, preset recall or patrol; never one per request).
// Blocking: call from a worker thread in the app, directly from pontivectl.
class PtzRepository
{
    Q_DECLARE_TR_FUNCTIONS(PtzRepository)
public:
    PtzRepository(std::shared_ptr<Database> db, Actor actor);

    Result<PtzQuirks> quirks(qint64 cameraId) const;
    Status saveQuirks(qint64 cameraId, const PtzQuirks &quirks);

    // Takes or renews the lock for this actor's station. Refused (Conflict, naming the
    // holder) while another station holds an unexpired lease, unless `takeOver` (admin).
    Result<PtzLock> acquireLock(qint64 cameraId, std::chrono::seconds lease, bool takeOver = false,
                                LockAudit audit = LockAudit::Recorded);
    // Releases this station's lock (someone else's is left alone).
    Status releaseLock(qint64 cameraId, LockAudit audit = LockAudit::Recorded);
    // The current, unexpired lock, if any.
    Result<std::optional<PtzLock>> lock(qint64 cameraId) const;

    // Creates or replaces the patrol named `patrol.name` on its camera; returns its id.
    // Refused without a name, without steps, or with a dwell under kMinPatrolDwell.
    Result<qint64> savePatrol(const PtzPatrol &patrol);
    // Refused (Conflict) when the camera has another patrol of that name.
    Status renamePatrol(qint64 patrolId, const QString &name);
    Result<std::vector<PtzPatrol>> patrols(qint64 cameraId) const;
    Status removePatrol(qint64 patrolId);

    Status saveJoystickProfile(const JoystickProfile &profile);
    Result<QList<JoystickProfile>> joystickProfiles() const;

    // The audit of use: one row each.
    Status recordMove(qint64 cameraId, const QDateTime &start, const QDateTime &end);
    Status recordPresetRecall(qint64 cameraId, const QString &presetToken);
    Status recordPatrol(qint64 cameraId, const QString &patrolName, const QDateTime &start, const QDateTime &end);

private:
    // The camera and name of a patrol.
    Result<std::pair<qint64, QString>> patrolOwner(qint64 patrolId) const;
    template <class Write>
    Status write(const QString &action, qint64 cameraId, const QString &detail, Write body);
    Status audit(const QString &action, qint64 cameraId, const QString &detail);

    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
