#include "camera_inserter.h"

#include "sql.h"

#include <QCoreApplication>

namespace pontive::core {

CameraInserter::CameraInserter(const QSqlDatabase &db)
    : m_db(db), m_camera(db), m_tag(db)
{
}

Status CameraInserter::prepare()
{
    if (m_prepared)
        return {};
    if (!m_camera.prepare(QStringLiteral(
            "INSERT INTO cameras (name, location_id, agency_id, kind, media, main_url, sub_url, onvif_url, username, "
            "password, enabled, notes, status, offline_cause, status_since_ms, created_ms, updated_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
        return std::unexpected(translateSqlError(m_camera.lastError(), QStringLiteral("prepare camera insert")));
    if (!m_tag.prepare(QStringLiteral("INSERT INTO camera_tags (camera_id, tag) VALUES (?, ?)")))
        return std::unexpected(translateSqlError(m_tag.lastError(), QStringLiteral("prepare tag insert")));
    m_prepared = true;
    return {};
}

Result<qint64> CameraInserter::insert(const Camera &camera, qint64 locationId, qint64 agencyId)
{
    if (auto ok = prepare(); !ok)
        return std::unexpected(ok.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariantList values{camera.name.trimmed(), locationId, agencyId, toKey(camera.kind), toKey(camera.media),
                              camera.mainUrl.trimmed(), camera.subUrl.trimmed(), camera.onvifUrl.trimmed(),
                              camera.username, camera.password, camera.enabled ? 1 : 0, camera.notes,
                              toKey(camera.status), toKey(camera.cause),
                              camera.statusSince.isValid() ? QVariant(camera.statusSince.toMSecsSinceEpoch())
                                                           : QVariant(QMetaType(QMetaType::LongLong)),
                              now, now};
    bindValues(m_camera, values);
    if (!m_camera.exec()) {
        const Error e = translateSqlError(m_camera.lastError(), QStringLiteral("insert camera"));
        if (e.code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict,
                        QCoreApplication::translate("pontive::core::CameraRepository",
                                                    "a camera named '%1' already stands at this location")
                            .arg(camera.name),
                        e.detail);
        return std::unexpected(e);
    }
    if (!m_camera.next())
        return fail(ErrorCode::Internal, QCoreApplication::translate("pontive::core::CameraRepository",
                                                                     "the new camera has no id"));
    const qint64 id = m_camera.value(0).toLongLong();
    m_camera.finish();
    QStringList seen;
    for (const QString &raw : camera.tags) {
        const QString tag = raw.trimmed().toLower();
        if (tag.isEmpty() || seen.contains(tag))
            continue;
        seen.append(tag);
        bindValues(m_tag, {id, tag});
        if (!m_tag.exec())
            return std::unexpected(translateSqlError(m_tag.lastError(), QStringLiteral("insert tag")));
    }
    return id;
}

} // namespace pontive::core
