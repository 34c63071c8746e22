#include "health_repository.h"

#include "health_logging.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/write_transaction.h"

namespace pontive::core {

namespace {

qint64 toMs(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString kIncidentSelect = QStringLiteral(
    "SELECT i.id, i.camera_id, c.name, l.name, a.code, c.media, i.start_ms, i.end_ms, i.symptom, i.cause, "
    "i.suggested_cause, i.detail, i.confirmed_by, i.confirmed_ms, i.operator_note, i.technician_remark, i.fixed_ms "
    "FROM health_incidents i JOIN cameras c ON c.id = i.camera_id JOIN locations l ON l.id = c.location_id "
    "JOIN agencies a ON a.id = c.agency_id ");

HealthIncident readIncident(const QSqlQuery &q)
{
    HealthIncident i;
    i.id = q.value(0).toLongLong();
    i.cameraId = q.value(1).toLongLong();
    i.camera = q.value(2).toString();
    i.location = q.value(3).toString();
    i.agency = q.value(4).toString();
    i.media = parseMediaType(q.value(5).toString()).value_or(MediaType::Fiber);
    i.start = timeOf(q.value(6));
    i.end = timeOf(q.value(7));
    i.symptom = parseProbeSymptom(q.value(8).toString()).value_or(ProbeSymptom::None);
    i.cause = parseOfflineCause(q.value(9).toString()).value_or(OfflineCause::Unknown);
    i.suggestedCause = parseOfflineCause(q.value(10).toString()).value_or(OfflineCause::Unknown);
    i.detail = q.value(11).toString();
    i.confirmedBy = q.value(12).toString();
    i.confirmedAt = timeOf(q.value(13));
    i.operatorNote = q.value(14).toString();
    i.technicianRemark = q.value(15).toString();
    i.fixedAt = timeOf(q.value(16));
    return i;
}

Status applyEvent(const QSqlDatabase &db, qint64 cameraId, const HealthEvent &e, const QString &detail)
{
    const auto status = [&](CameraStatus s, OfflineCause cause, qint64 sinceMs) -> Status {
        auto q = runQuery(db, QStringLiteral("UPDATE cameras SET status = ?, offline_cause = ?, status_since_ms = ? WHERE id = ?"),
                          {toKey(s), toKey(cause), sinceMs, cameraId});
        if (!q)
            return std::unexpected(q.error());
        return {};
    };
    switch (e.kind) {
    case HealthEvent::Kind::WentOffline: {
        const OfflineCause cause = suggestedCause(e.symptom);
        auto q = runQuery(db,
                          QStringLiteral("INSERT INTO health_incidents (camera_id, start_ms, symptom, cause, suggested_cause, detail) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
                          {cameraId, toMs(e.start), toKey(e.symptom), toKey(cause), toKey(cause), detail});
        if (!q)
            return std::unexpected(q.error());
        return status(CameraStatus::Offline, cause, toMs(e.start));
    }
    case HealthEvent::Kind::BackOnline: {
        auto q = runQuery(db, QStringLiteral("UPDATE health_incidents SET end_ms = ? WHERE camera_id = ? AND end_ms IS NULL"),
                          {toMs(e.end), cameraId});
        if (!q)
            return std::unexpected(q.error());
        return status(CameraStatus::Online, OfflineCause::Unknown, toMs(e.end));
    }
    case HealthEvent::Kind::FirstOnline: return status(CameraStatus::Online, OfflineCause::Unknown, toMs(e.end));
    case HealthEvent::Kind::Blip: {
        auto q = runQuery(db,
                          QStringLiteral("INSERT INTO health_blips (camera_id, start_ms, end_ms, symptom, failures) VALUES (?, ?, ?, ?, ?)"),
                          {cameraId, toMs(e.start), toMs(e.end), toKey(e.symptom), e.failures});
        if (!q)
            return std::unexpected(q.error());
        return {};
    }
    }
    return {};
}

} // namespace

HealthRepository::HealthRepository(std::shared_ptr<Database> db, Actor actor) : m_db(std::move(db)), m_actor(std::move(actor))
{
}

Result<std::vector<MonitoredCamera>> HealthRepository::monitored() const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral(
        "SELECT c.id, c.name, c.main_url, c.sub_url, c.username, c.password, c.onvif_url, c.status, "
        "s.failures, s.first_failure_ms, s.last_symptom FROM cameras c LEFT JOIN health_probe_state s "
        "ON s.camera_id = c.id WHERE c.enabled = 1 AND (c.main_url <> '' OR c.sub_url <> '') ORDER BY c.id"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<MonitoredCamera> cameras;
    while (q->next()) {
        MonitoredCamera m;
        m.target.cameraId = q->value(0).toLongLong();
        m.target.name = q->value(1).toString();
        // The sub stream answers the same questions for less bandwidth.
        m.target.url = q->value(3).toString().isEmpty() ? q->value(2).toString() : q->value(3).toString();
        m.target.username = q->value(4).toString();
        m.target.password = q->value(5).toString();
        m.target.onvifUrl = q->value(6).toString();
        m.state.status = parseCameraStatus(q->value(7).toString()).value_or(CameraStatus::Unknown);
        m.state.failures = q->value(8).toInt();
        if (!q->value(9).isNull())
            m.state.firstFailure = std::chrono::system_clock::time_point(std::chrono::milliseconds(q->value(9).toLongLong()));
        m.state.lastSymptom = parseProbeSymptom(q->value(10).toString()).value_or(ProbeSymptom::None);
        cameras.push_back(std::move(m));
    }
    return cameras;
}

Status HealthRepository::recordProbe(qint64 cameraId, const ProbeResult &result, const DebounceState &state,
                                     const std::optional<HealthEvent> &event, const QDateTime &at)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &conn) -> Status {
        const QVariant first = state.firstFailure ? QVariant(toMs(*state.firstFailure)) : QVariant(QMetaType(QMetaType::LongLong));
        const QVariant lastOk = result.ok ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
        auto update = runQuery(conn, QStringLiteral(
            "UPDATE health_probe_state SET failures = ?, first_failure_ms = ?, last_symptom = ?, last_error = ?, "
            "last_probe_ms = ?, last_ok_ms = COALESCE(?, last_ok_ms) WHERE camera_id = ?"),
            {state.failures, first, result.ok ? QString() : toKey(result.symptom), result.detail, at.toMSecsSinceEpoch(),
             lastOk, cameraId});
        if (!update)
            return std::unexpected(update.error());
        if (update->numRowsAffected() == 0) {
            auto insert = runQuery(conn, QStringLiteral(
                "INSERT INTO health_probe_state (camera_id, failures, first_failure_ms, last_symptom, last_error, "
                "last_probe_ms, last_ok_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {cameraId, state.failures, first, result.ok ? QString() : toKey(result.symptom), result.detail,
                 at.toMSecsSinceEpoch(), lastOk});
            if (!insert)
                return std::unexpected(insert.error());
        }
        if (event) {
            if (auto applied = applyEvent(conn, cameraId, *event, result.detail); !applied)
                return applied;
        }
        return {};
    });
}

// The camera's open incident, else its latest: (id, still open).
Result<std::pair<qint64, bool>> HealthRepository::latestIncident(const QSqlDatabase &conn, qint64 cameraId) const
{
    auto latest = runQuery(conn, QStringLiteral("SELECT id, end_ms FROM health_incidents WHERE camera_id = ? "
                                                "ORDER BY (CASE WHEN end_ms IS NULL THEN 0 ELSE 1 END), start_ms DESC LIMIT 1"),
                           {cameraId});
    if (!latest)
        return std::unexpected(latest.error());
    if (!latest->next())
        return fail(ErrorCode::NotFound, tr("camera %1 has no offline incident to explain").arg(cameraId));
    return std::pair<qint64, bool>(latest->value(0).toLongLong(), latest->value(1).isNull());
}

Status HealthRepository::recordCameraRepair(qint64 cameraId, const QString &remark, const QDateTime &fixedAt)
{
    qint64 incidentId = 0;
    {
        auto conn = m_db->connection();
        if (!conn)
            return std::unexpected(conn.error());
        auto latest = latestIncident(*conn, cameraId);
        if (!latest)
            return std::unexpected(latest.error());
        incidentId = latest->first;
    }
    return recordRepair(incidentId, remark, fixedAt);
}

Status HealthRepository::confirmCause(qint64 cameraId, OfflineCause cause, const QString &note)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &conn) -> Status {
        auto latest = latestIncident(conn, cameraId);
        if (!latest)
            return std::unexpected(latest.error());
        const qint64 incidentId = latest->first;
        const bool open = latest->second;
        auto q = runQuery(conn, QStringLiteral("UPDATE health_incidents SET cause = ?, confirmed_by = ?, confirmed_ms = ?, "
                                                "operator_note = ? WHERE id = ?"),
                          {toKey(cause), m_actor.user, QDateTime::currentMSecsSinceEpoch(), note, incidentId});
        if (!q)
            return std::unexpected(q.error());
        if (open) {
            auto cam = runQuery(conn, QStringLiteral("UPDATE cameras SET offline_cause = ? WHERE id = ? AND status = 'offline'"),
                                {toKey(cause), cameraId});
            if (!cam)
                return std::unexpected(cam.error());
        }
        if (auto a = AuditLog::record(conn, m_actor, QStringLiteral("cause"), QStringLiteral("camera"), cameraId,
                                      QStringLiteral("incident %1: %2; %3").arg(incidentId).arg(toKey(cause), note));
            !a)
            return a;
        qCInfo(lcHealth) << "cause of incident" << incidentId << "confirmed as" << toKey(cause);
        return {};
    });
}

Status HealthRepository::recordRepair(qint64 incidentId, const QString &remark, const QDateTime &fixedAt)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &conn) -> Status {
        auto q = runQuery(conn, QStringLiteral("UPDATE health_incidents SET technician_remark = ?, fixed_ms = ? WHERE id = ?"),
                          {remark, msOrNull(fixedAt), incidentId});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return fail(ErrorCode::NotFound, tr("no incident with id %1").arg(incidentId));
        if (auto a = AuditLog::record(conn, m_actor, QStringLiteral("repair"), QStringLiteral("incident"), incidentId, remark); !a)
            return a;
        return {};
    });
}

Result<std::vector<CameraHealth>> HealthRepository::current(std::optional<CameraStatus> status) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    QString sql = QStringLiteral(
        "SELECT c.id, c.name, l.name, l.district, a.code, c.kind, c.media, c.status, c.offline_cause, c.status_since_ms, "
        "i.symptom, i.confirmed_ms, s.failures, s.last_error, s.last_probe_ms, s.last_ok_ms, s.last_symptom, c.enabled "
        "FROM cameras c JOIN locations l ON l.id = c.location_id JOIN agencies a ON a.id = c.agency_id "
        "LEFT JOIN health_incidents i ON i.camera_id = c.id AND i.end_ms IS NULL "
        "LEFT JOIN health_probe_state s ON s.camera_id = c.id ");
    QVariantList values;
    if (status) {
        sql += QStringLiteral("WHERE c.status = ? ");
        values << toKey(*status);
    }
    sql += QStringLiteral("ORDER BY a.code, l.name, c.name");
    auto q = runQuery(*conn, sql, values);
    if (!q)
        return std::unexpected(q.error());
    std::vector<CameraHealth> rows;
    while (q->next()) {
        CameraHealth h;
        h.camera.id = q->value(0).toLongLong();
        h.camera.name = q->value(1).toString();
        h.camera.location = q->value(2).toString();
        h.camera.district = q->value(3).toString();
        h.camera.agency = q->value(4).toString();
        h.camera.kind = parseCameraKind(q->value(5).toString()).value_or(CameraKind::Fixed);
        h.camera.media = parseMediaType(q->value(6).toString()).value_or(MediaType::Fiber);
        h.camera.status = parseCameraStatus(q->value(7).toString()).value_or(CameraStatus::Unknown);
        h.camera.cause = parseOfflineCause(q->value(8).toString()).value_or(OfflineCause::Unknown);
        h.camera.statusSince = timeOf(q->value(9));
        h.symptom = parseProbeSymptom(q->value(10).toString())
                        .value_or(parseProbeSymptom(q->value(16).toString()).value_or(ProbeSymptom::None));
        h.causeConfirmed = !q->value(11).isNull();
        h.failures = q->value(12).toInt();
        h.lastError = q->value(13).toString();
        h.lastProbe = timeOf(q->value(14));
        h.lastOk = timeOf(q->value(15));
        h.camera.enabled = q->value(17).toInt() != 0;
        rows.push_back(std::move(h));
    }
    return rows;
}

Result<std::vector<HealthIncident>> HealthRepository::incidents(const QDateTime &from, const QDateTime &to) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, kIncidentSelect + QStringLiteral("WHERE i.start_ms < ? AND (i.end_ms IS NULL OR i.end_ms > ?) "
                                                              "ORDER BY i.start_ms, i.id"),
                      {to.toMSecsSinceEpoch(), from.toMSecsSinceEpoch()});
    if (!q)
        return std::unexpected(q.error());
    std::vector<HealthIncident> list;
    while (q->next())
        list.push_back(readIncident(*q));
    return list;
}

Result<int> HealthRepository::blipCount(qint64 cameraId) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT COUNT(*) FROM health_blips WHERE camera_id = ?"), {cameraId});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Status HealthRepository::recordMonitored(const QDateTime &start, const QDateTime &end, std::chrono::milliseconds maxGap)
{
    const qint64 startMs = start.toMSecsSinceEpoch();
    const qint64 endMs = std::max(startMs, end.toMSecsSinceEpoch());
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &conn) -> Status {
        auto latest = runQuery(conn, QStringLiteral("SELECT id, start_ms, end_ms FROM health_coverage WHERE end_ms >= ? "
                                                    "AND start_ms <= ? ORDER BY end_ms DESC LIMIT 1"),
                               {startMs - qint64(maxGap.count()), endMs});
        if (!latest)
            return std::unexpected(latest.error());
        Result<QSqlQuery> written = latest->next()
            ? runQuery(conn, QStringLiteral("UPDATE health_coverage SET start_ms = ?, end_ms = ? WHERE id = ?"),
                       {std::min(startMs, latest->value(1).toLongLong()), std::max(endMs, latest->value(2).toLongLong()),
                        latest->value(0).toLongLong()})
            : runQuery(conn, QStringLiteral("INSERT INTO health_coverage (start_ms, end_ms) VALUES (?, ?)"), {startMs, endMs});
        if (!written)
            return std::unexpected(written.error());
        return {};
    });
}

Result<std::optional<std::vector<MonitoredSpan>>> HealthRepository::monitored(const QDateTime &from, const QDateTime &to) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto any = runQuery(*conn, QStringLiteral("SELECT COUNT(*) FROM health_coverage"));
    if (!any)
        return std::unexpected(any.error());
    if (!any->next() || any->value(0).toLongLong() == 0)
        return std::optional<std::vector<MonitoredSpan>>();
    auto q = runQuery(*conn, QStringLiteral("SELECT start_ms, end_ms FROM health_coverage WHERE end_ms > ? AND start_ms < ? "
                                            "ORDER BY start_ms"),
                      {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()});
    if (!q)
        return std::unexpected(q.error());
    std::vector<MonitoredSpan> spans;
    while (q->next())
        spans.push_back({q->value(0).toLongLong(), q->value(1).toLongLong()});
    return std::optional(std::move(spans));
}

} // namespace pontive::core
