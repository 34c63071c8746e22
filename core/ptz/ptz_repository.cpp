#include "ptz_repository.h"

#include "store/audit_log.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QJsonDocument>

namespace pontive::core {

namespace {

const QString kCamera = QStringLiteral("camera");

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

PtzLock readLock(const QSqlQuery &q, qint64 cameraId)
{
    return {cameraId, q.value(0).toString(), q.value(1).toString(),
            QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)};
}

} // namespace

PtzRepository::PtzRepository(std::shared_ptr<Database> db, Actor actor) : m_db(std::move(db)), m_actor(std::move(actor))
{
}

template <class Write>
Status PtzRepository::write(const QString &action, qint64 cameraId, const QString &detail, Write body)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        Status done = body(db);
        if (!done)
            return done;
        return AuditLog::record(db, m_actor, action, kCamera, cameraId, detail);
    });
}

Status PtzRepository::audit(const QString &action, qint64 cameraId, const QString &detail)
{
    return write(action, cameraId, detail, [](const QSqlDatabase &) { return Status{}; });
}

Result<PtzQuirks> PtzRepository::quirks(qint64 cameraId) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT ptz_stop_unsupported, ptz_timeout_rejected FROM cameras WHERE id = ?"),
                      {cameraId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("There is no camera %1.").arg(cameraId));
    return PtzQuirks{q->value(0).toInt() != 0, q->value(1).toInt() != 0};
}

Status PtzRepository::saveQuirks(qint64 cameraId, const PtzQuirks &quirks)
{
    const QString detail = QStringLiteral("stop unsupported %1, timeout rejected %2")
                               .arg(quirks.stopUnsupported ? 1 : 0)
                               .arg(quirks.timeoutRejected ? 1 : 0);
    return write(QStringLiteral("ptz-quirks"), cameraId, detail, [&](const QSqlDatabase &db) -> Status {
        auto q = runQuery(db, QStringLiteral("UPDATE cameras SET ptz_stop_unsupported = ?, ptz_timeout_rejected = ? WHERE id = ?"),
                          {quirks.stopUnsupported ? 1 : 0, quirks.timeoutRejected ? 1 : 0, cameraId});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return fail(ErrorCode::NotFound, tr("There is no camera %1.").arg(cameraId));
        return {};
    });
}

Result<PtzLock> PtzRepository::acquireLock(qint64 cameraId, std::chrono::seconds lease, bool takeOver, LockAudit audit)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expires = now + std::chrono::duration_cast<std::chrono::milliseconds>(lease).count();
    PtzLock taken{cameraId, m_actor.station, m_actor.user, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC),
                  QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC)};
    auto done = inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        auto held = runQuery(db, QStringLiteral("SELECT station, user_name, acquired_ms, expires_ms FROM ptz_locks "
                                                "WHERE camera_id = ?"),
                             {cameraId});
        if (!held)
            return std::unexpected(held.error());
        QString detail = QStringLiteral("taken");  // renewing our own live lease is not audited
        Result<QSqlQuery> written;
        if (held->next()) {
            const PtzLock current = readLock(*held, cameraId);
            const bool ours = current.station == m_actor.station;
            const bool live = current.expires.toMSecsSinceEpoch() > now;
            if (!ours && live && !takeOver)
                return fail(ErrorCode::Conflict,
                            tr("%1 at %2 controls this camera until %3.")
                                .arg(current.user, current.station,
                                     current.expires.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
            if (ours && live) {
                taken.acquired = current.acquired;
                detail.clear();
            } else if (live) {
                detail = QStringLiteral("taken over from %1 at %2").arg(current.user, current.station);
            } else if (audit == LockAudit::Quiet) {
                detail.clear();
            }
            written = runQuery(db, QStringLiteral("UPDATE ptz_locks SET station = ?, user_name = ?, acquired_ms = ?, "
                                                  "expires_ms = ? WHERE camera_id = ?"),
                               {taken.station, taken.user, taken.acquired.toMSecsSinceEpoch(), expires, cameraId});
        } else {
            if (audit == LockAudit::Quiet)
                detail.clear();
            written = runQuery(db, QStringLiteral("INSERT INTO ptz_locks (camera_id, station, user_name, acquired_ms, "
                                                  "expires_ms) VALUES (?, ?, ?, ?, ?)"),
                               {cameraId, taken.station, taken.user, now, expires});
        }
        if (!written)
            return std::unexpected(written.error());
        if (detail.isEmpty())
            return {};
        return AuditLog::record(db, m_actor, QStringLiteral("ptz-lock"), kCamera, cameraId, detail);
    });
    if (!done)
        return std::unexpected(done.error());
    return taken;
}

Status PtzRepository::releaseLock(qint64 cameraId, LockAudit audit)
{
    const auto release = [&](const QSqlDatabase &db) -> Status {
        auto q = runQuery(db, QStringLiteral("DELETE FROM ptz_locks WHERE camera_id = ? AND station = ?"),
                          {cameraId, m_actor.station});
        if (!q)
            return std::unexpected(q.error());
        return {};
    };
    if (audit == LockAudit::Quiet)
        return inWriteTransaction(*m_db, release);
    return write(QStringLiteral("ptz-unlock"), cameraId, {}, release);
}

Result<std::optional<PtzLock>> PtzRepository::lock(qint64 cameraId) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT station, user_name, acquired_ms, expires_ms FROM ptz_locks "
                                            "WHERE camera_id = ? AND expires_ms > ?"),
                      {cameraId, QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<PtzLock>();
    return std::optional(readLock(*q, cameraId));
}

Result<qint64> PtzRepository::savePatrol(const PtzPatrol &patrol)
{
    if (patrol.name.trimmed().isEmpty() || patrol.steps.isEmpty())
        return fail(ErrorCode::BadInput, tr("A patrol needs a name and at least one preset."));
    for (const PtzPatrolStep &step : patrol.steps) {
        if (step.presetToken.isEmpty())
            return fail(ErrorCode::BadInput, tr("Every step of a patrol needs a preset."));
        if (step.dwell < kMinPatrolDwell)
            return fail(ErrorCode::BadInput, tr("A patrol stays at least %1 seconds at each preset.")
                                                 .arg(kMinPatrolDwell.count()));
    }
    qint64 id = 0;
    auto done = write(QStringLiteral("ptz-patrol-save"), patrol.cameraId, patrol.name, [&](const QSqlDatabase &db) -> Status {
        auto existing = runQuery(db, QStringLiteral("SELECT id FROM ptz_patrols WHERE camera_id = ? AND name = ?"),
                                 {patrol.cameraId, patrol.name});
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->next()) {
            id = existing->value(0).toLongLong();
            auto cleared = runQuery(db, QStringLiteral("DELETE FROM ptz_patrol_steps WHERE patrol_id = ?"), {id});
            if (!cleared)
                return std::unexpected(cleared.error());
        } else {
            auto inserted = runQuery(db, QStringLiteral("INSERT INTO ptz_patrols (camera_id, name) VALUES (?, ?) RETURNING id"),
                                     {patrol.cameraId, patrol.name});
            if (!inserted)
                return std::unexpected(inserted.error());
            if (!inserted->next())
                return fail(ErrorCode::Database, tr("The patrol was not saved."));
            id = inserted->value(0).toLongLong();
            inserted->finish();  // an unfinished INSERT ... RETURNING blocks COMMIT on SQLite
        }
        for (int i = 0; i < patrol.steps.size(); ++i) {
            auto step = runQuery(db, QStringLiteral("INSERT INTO ptz_patrol_steps (patrol_id, position, preset_token, dwell_ms) "
                                                    "VALUES (?, ?, ?, ?)"),
                                 {id, i, patrol.steps[i].presetToken, qint64(patrol.steps[i].dwell.count())});
            if (!step)
                return std::unexpected(step.error());
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<std::vector<PtzPatrol>> PtzRepository::patrols(qint64 cameraId) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT p.id, p.name, s.preset_token, s.dwell_ms FROM ptz_patrols p "
                                            "JOIN ptz_patrol_steps s ON s.patrol_id = p.id WHERE p.camera_id = ? "
                                            "ORDER BY p.name, p.id, s.position"),
                      {cameraId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<PtzPatrol> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (out.empty() || out.back().id != id)
            out.push_back({id, cameraId, q->value(1).toString(), {}});
        out.back().steps.append({q->value(2).toString(), std::chrono::milliseconds(q->value(3).toLongLong())});
    }
    return out;
}

Result<std::pair<qint64, QString>> PtzRepository::patrolOwner(qint64 patrolId) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT camera_id, name FROM ptz_patrols WHERE id = ?"), {patrolId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("There is no such patrol."));
    return std::pair(q->value(0).toLongLong(), q->value(1).toString());
}

Status PtzRepository::renamePatrol(qint64 patrolId, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return fail(ErrorCode::BadInput, tr("A patrol needs a name and at least one preset."));
    auto owner = patrolOwner(patrolId);
    if (!owner)
        return std::unexpected(owner.error());
    const auto [cameraId, old] = *owner;
    return write(QStringLiteral("ptz-patrol-rename"), cameraId, old + QStringLiteral(" to ") + wanted,
                 [&, cameraId = cameraId](const QSqlDatabase &db) -> Status {
                     auto taken = runQuery(db, QStringLiteral("SELECT id FROM ptz_patrols WHERE camera_id = ? AND name = ? "
                                                              "AND id <> ?"),
                                           {cameraId, wanted, patrolId});
                     if (!taken)
                         return std::unexpected(taken.error());
                     if (taken->next())
                         return fail(ErrorCode::Conflict, tr("This camera already has a patrol named %1.").arg(wanted));
                     auto renamed = runQuery(db, QStringLiteral("UPDATE ptz_patrols SET name = ? WHERE id = ?"),
                                             {wanted, patrolId});
                     if (!renamed)
                         return std::unexpected(renamed.error());
                     return {};
                 });
}

Status PtzRepository::removePatrol(qint64 patrolId)
{
    auto owner = patrolOwner(patrolId);
    if (!owner)
        return std::unexpected(owner.error());
    const auto [cameraId, name] = *owner;
    return write(QStringLiteral("ptz-patrol-remove"), cameraId, name, [&](const QSqlDatabase &db) -> Status {
        auto steps = runQuery(db, QStringLiteral("DELETE FROM ptz_patrol_steps WHERE patrol_id = ?"), {patrolId});
        if (!steps)
            return std::unexpected(steps.error());
        auto removed = runQuery(db, QStringLiteral("DELETE FROM ptz_patrols WHERE id = ?"), {patrolId});
        if (!removed)
            return std::unexpected(removed.error());
        return {};
    });
}

Status PtzRepository::saveJoystickProfile(const JoystickProfile &profile)
{
    const QString json = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        auto update = runQuery(db, QStringLiteral("UPDATE joystick_profiles SET profile = ? WHERE name = ? AND guid = ?"),
                               {json, profile.name, profile.guid});
        if (!update)
            return std::unexpected(update.error());
        if (update->numRowsAffected() == 0) {
            auto insert = runQuery(db, QStringLiteral("INSERT INTO joystick_profiles (name, guid, profile) VALUES (?, ?, ?)"),
                                   {profile.name, profile.guid, json});
            if (!insert)
                return std::unexpected(insert.error());
        }
        return AuditLog::record(db, m_actor, QStringLiteral("joystick-profile"), QStringLiteral("joystick"), 0,
                                profile.name + QLatin1Char(' ') + profile.guid);
    });
}

Result<QList<JoystickProfile>> PtzRepository::joystickProfiles() const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT name, guid, profile FROM joystick_profiles ORDER BY name, guid"));
    if (!q)
        return std::unexpected(q.error());
    QList<JoystickProfile> out;
    while (q->next())
        out.append(JoystickProfile::fromJson(QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object(),
                                             q->value(0).toString(), q->value(1).toString()));
    return out;
}

Status PtzRepository::recordMove(qint64 cameraId, const QDateTime &start, const QDateTime &end)
{
    return audit(QStringLiteral("ptz-move"), cameraId, timeText(start) + QStringLiteral(" to ") + timeText(end));
}

Status PtzRepository::recordPresetRecall(qint64 cameraId, const QString &presetToken)
{
    return audit(QStringLiteral("ptz-preset"), cameraId, presetToken);
}

Status PtzRepository::recordPatrol(qint64 cameraId, const QString &patrolName, const QDateTime &start, const QDateTime &end)
{
    return audit(QStringLiteral("ptz-patrol"), cameraId,
                 patrolName + QLatin1Char(' ') + timeText(start) + QStringLiteral(" to ") + timeText(end));
}

} // namespace pontive::core
