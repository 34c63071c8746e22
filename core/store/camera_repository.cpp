#include "camera_repository.h"

#include "audit_log.h"
#include "camera_inserter.h"
#include "database.h"
#include "sql.h"
#include "write_transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace pontive::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pontive::core::CameraRepository", text);
}

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.name, c.location_id, l.name, l.district, a.code, c.kind, c.media, c.main_url, c.sub_url, "
    "c.onvif_url, c.username, c.password, c.enabled, c.notes, c.status, c.offline_cause, c.status_since_ms, "
    // Whether an operator confirmed the cause of the outage under way (else it is the
    // monitor's suggestion).
    "EXISTS (SELECT 1 FROM health_incidents i WHERE i.camera_id = c.id AND i.end_ms IS NULL "
    "AND i.confirmed_ms IS NOT NULL) "
    "FROM cameras c JOIN locations l ON l.id = c.location_id JOIN agencies a ON a.id = c.agency_id ");
const QString kOrder = QStringLiteral(" ORDER BY a.code, l.district, l.name, c.name");

Camera readCamera(const QSqlQuery &q)
{
    Camera c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.locationId = q.value(2).toLongLong();
    c.location = q.value(3).toString();
    c.district = q.value(4).toString();
    c.agency = q.value(5).toString();
    c.kind = parseCameraKind(q.value(6).toString()).value_or(CameraKind::Fixed);
    c.media = parseMediaType(q.value(7).toString()).value_or(MediaType::Fiber);
    c.mainUrl = q.value(8).toString();
    c.subUrl = q.value(9).toString();
    c.onvifUrl = q.value(10).toString();
    c.username = q.value(11).toString();
    c.password = q.value(12).toString();
    c.enabled = q.value(13).toInt() != 0;
    c.notes = q.value(14).toString();
    c.status = parseCameraStatus(q.value(15).toString()).value_or(CameraStatus::Unknown);
    c.cause = parseOfflineCause(q.value(16).toString()).value_or(OfflineCause::Unknown);
    if (!q.value(17).isNull())
        c.statusSince = QDateTime::fromMSecsSinceEpoch(q.value(17).toLongLong(), Qt::UTC);
    c.causeConfirmed = q.value(18).toBool();
    return c;
}

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Result<qint64> idOf(const QSqlDatabase &db, const QString &sql, const QString &key, const QString &what)
{
    auto q = runQuery(db, sql, {key.trimmed()});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, what);
    return q->value(0).toLongLong();
}

Result<qint64> locationByName(const QSqlDatabase &db, const QString &name)
{
    return idOf(db, QStringLiteral("SELECT id FROM locations WHERE lower(name) = lower(?)"), name,
                QCoreApplication::translate("pontive::core::CameraRepository", "unknown location '%1'").arg(name));
}

Result<qint64> agencyByCode(const QSqlDatabase &db, const QString &code)
{
    return idOf(db, QStringLiteral("SELECT id FROM agencies WHERE lower(code) = lower(?)"), code,
                QCoreApplication::translate("pontive::core::CameraRepository", "unknown agency '%1'").arg(code));
}

Status writeTags(const QSqlDatabase &db, qint64 cameraId, const QStringList &tags)
{
    if (auto del = runQuery(db, QStringLiteral("DELETE FROM camera_tags WHERE camera_id = ?"), {cameraId}); !del)
        return std::unexpected(del.error());
    QStringList seen;
    for (const QString &raw : tags) {
        const QString tag = raw.trimmed().toLower();
        if (tag.isEmpty() || seen.contains(tag))
            continue;
        seen.append(tag);
        if (auto ins = runQuery(db, QStringLiteral("INSERT INTO camera_tags (camera_id, tag) VALUES (?, ?)"),
                                {cameraId, tag});
            !ins)
            return std::unexpected(ins.error());
    }
    return {};
}

// Which fields differ, by name, for the audit row. Secrets are named, never shown.
QString describeChanges(const Camera &a, const Camera &b)
{
    QStringList changed;
    auto note = [&](bool differs, const char *field) {
        if (differs)
            changed << QString::fromLatin1(field);
    };
    note(a.name != b.name, "name");
    note(a.locationId != b.locationId, "location");
    note(a.agency != b.agency, "agency");
    note(a.kind != b.kind, "kind");
    note(a.media != b.media, "media");
    note(a.mainUrl != b.mainUrl, "main_url");
    note(a.subUrl != b.subUrl, "sub_url");
    note(a.onvifUrl != b.onvifUrl, "onvif_url");
    note(a.username != b.username, "username");
    note(a.password != b.password, "password");
    note(a.enabled != b.enabled, "enabled");
    note(a.notes != b.notes, "notes");
    note(a.tags != b.tags, "tags");
    return changed.join(QStringLiteral(", "));
}

} // namespace

CameraRepository::CameraRepository(std::shared_ptr<Database> db, Actor actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{
}

Result<std::vector<Camera>> CameraRepository::list(const CameraFilter &filter) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    QStringList where;
    QVariantList values;
    auto add = [&](const QString &clause, const QVariant &value) {
        where << clause;
        values << value;
    };
    if (!filter.agency.isEmpty())
        add(QStringLiteral("lower(a.code) = lower(?)"), filter.agency.trimmed());
    if (!filter.district.isEmpty())
        add(QStringLiteral("lower(l.district) = lower(?)"), filter.district.trimmed());
    if (filter.status)
        add(QStringLiteral("c.status = ?"), toKey(*filter.status));
    if (filter.kind)
        add(QStringLiteral("c.kind = ?"), toKey(*filter.kind));
    if (filter.media)
        add(QStringLiteral("c.media = ?"), toKey(*filter.media));
    if (filter.enabled)
        add(QStringLiteral("c.enabled = ?"), *filter.enabled ? 1 : 0);
    if (!filter.tag.isEmpty())
        add(QStringLiteral("EXISTS (SELECT 1 FROM camera_tags t WHERE t.camera_id = c.id AND t.tag = ?)"),
            filter.tag.trimmed().toLower());
    if (!filter.search.isEmpty()) {
        const QString pattern = likePattern(filter.search.trimmed());
        where << QStringLiteral("(lower(c.name) LIKE ? ESCAPE '\\' OR lower(l.name) LIKE ? ESCAPE '\\' "
                                "OR lower(c.notes) LIKE ? ESCAPE '\\')");
        values << pattern << pattern << pattern;
    }
    const QString sql = kSelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
        + kOrder;
    auto q = runQuery(*conn, sql, values);
    if (!q)
        return std::unexpected(q.error());
    std::vector<Camera> out;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), qsizetype(out.size()));
        out.push_back(readCamera(*q));
    }
    if (out.empty())
        return out;
    // A short list asks for its own cameras' tags; a long one reads them all at once.
    QString tagSql = QStringLiteral("SELECT camera_id, tag FROM camera_tags");
    QVariantList ids;
    if (out.size() <= 500) {
        QStringList marks;
        for (const Camera &c : out) {
            marks << QStringLiteral("?");
            ids << c.id;
        }
        tagSql += QStringLiteral(" WHERE camera_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    auto tags = runQuery(*conn, tagSql + QStringLiteral(" ORDER BY camera_id, tag"), ids);
    if (!tags)
        return std::unexpected(tags.error());
    while (tags->next()) {
        const auto it = index.constFind(tags->value(0).toLongLong());
        if (it != index.constEnd())
            out[std::size_t(*it)].tags << tags->value(1).toString();
    }
    return out;
}

Result<Camera> CameraRepository::get(qint64 id) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, kSelect + QStringLiteral("WHERE c.id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("no camera with id %1").arg(id));
    Camera c = readCamera(*q);
    auto tags = runQuery(*conn, QStringLiteral("SELECT tag FROM camera_tags WHERE camera_id = ? ORDER BY tag"), {id});
    if (!tags)
        return std::unexpected(tags.error());
    while (tags->next())
        c.tags << tags->value(0).toString();
    return c;
}

Result<Camera> CameraRepository::find(const QString &reference) const
{
    bool isNumber = false;
    const qint64 id = reference.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return get(id);
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    const QString ref = reference.trimmed();
    const qsizetype slash = ref.lastIndexOf(QLatin1Char('/'));
    auto q = slash > 0
        ? runQuery(*conn, QStringLiteral("SELECT c.id FROM cameras c JOIN locations l ON l.id = c.location_id "
                                         "WHERE lower(l.name) = lower(?) AND lower(c.name) = lower(?)"),
                   {ref.left(slash), ref.mid(slash + 1)})
        : runQuery(*conn, QStringLiteral("SELECT id FROM cameras WHERE lower(name) = lower(?)"), {ref});
    if (!q)
        return std::unexpected(q.error());
    std::vector<qint64> ids;
    while (q->next())
        ids.push_back(q->value(0).toLongLong());
    if (ids.empty())
        return fail(ErrorCode::NotFound, tr("no camera named '%1'").arg(ref));
    if (ids.size() > 1)
        return fail(ErrorCode::BadInput,
                    tr("%1 cameras are named '%2'; give the id or LOCATION/NAME").arg(ids.size()).arg(ref));
    return get(ids.front());
}

Result<int> CameraRepository::count() const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT COUNT(*) FROM cameras"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<qint64> CameraRepository::insert(const QSqlDatabase &db, const Camera &camera, qint64 locationId,
                                        qint64 agencyId, const Actor &actor, bool audit)
{
    auto id = CameraInserter(db).insert(camera, locationId, agencyId);
    if (!id || !audit)
        return id;
    if (auto a = AuditLog::record(db, actor, QStringLiteral("add"), QStringLiteral("camera"), *id, camera.name); !a)
        return std::unexpected(a.error());
    return id;
}

Result<qint64> CameraRepository::add(const Camera &camera)
{
    if (camera.name.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("a camera needs a name"));
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Result<qint64> {
        auto locationId = camera.locationId != 0 ? Result<qint64>(camera.locationId) : locationByName(db, camera.location);
        if (!locationId)
            return locationId;
        auto agency = agencyByCode(db, camera.agency);
        if (!agency)
            return agency;
        return insert(db, camera, *locationId, *agency, m_actor);
    });
}

Status CameraRepository::update(const Camera &camera)
{
    auto before = get(camera.id);
    if (!before)
        return std::unexpected(before.error());
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        const bool moved = camera.locationId == 0 || camera.location.compare(before->location, Qt::CaseInsensitive) != 0;
        auto locationId = moved ? locationByName(db, camera.location) : Result<qint64>(camera.locationId);
        if (!locationId)
            return std::unexpected(locationId.error());
        auto agency = agencyByCode(db, camera.agency);
        if (!agency)
            return std::unexpected(agency.error());
        auto q = runQuery(db,
                          QStringLiteral("UPDATE cameras SET name = ?, location_id = ?, agency_id = ?, kind = ?, media = ?, "
                                         "main_url = ?, sub_url = ?, onvif_url = ?, username = ?, password = ?, "
                                         "enabled = ?, notes = ?, updated_ms = ? WHERE id = ?"),
                          {camera.name.trimmed(), *locationId, *agency, toKey(camera.kind), toKey(camera.media),
                           camera.mainUrl.trimmed(), camera.subUrl.trimmed(), camera.onvifUrl.trimmed(), camera.username,
                           camera.password, camera.enabled ? 1 : 0, camera.notes, QDateTime::currentMSecsSinceEpoch(),
                           camera.id});
        if (!q) {
            if (q.error().code == ErrorCode::Conflict)
                return fail(ErrorCode::Conflict,
                            tr("a camera named '%1' already stands at this location").arg(camera.name));
            return std::unexpected(q.error());
        }
        if (auto t = writeTags(db, camera.id, camera.tags); !t)
            return t;
        Camera after = camera;
        after.locationId = *locationId;
        return AuditLog::record(db, m_actor, QStringLiteral("edit"), QStringLiteral("camera"), camera.id,
                                before->name + QStringLiteral(": ") + describeChanges(*before, after));
    });
}

Status CameraRepository::remove(qint64 id)
{
    auto before = get(id);
    if (!before)
        return std::unexpected(before.error());
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        if (auto q = runQuery(db, QStringLiteral("DELETE FROM cameras WHERE id = ?"), {id}); !q)
            return std::unexpected(q.error());
        return AuditLog::record(db, m_actor, QStringLiteral("remove"), QStringLiteral("camera"), id,
                                before->location + QLatin1Char('/') + before->name);
    });
}

Status CameraRepository::setStatus(qint64 id, CameraStatus status, OfflineCause cause, const QDateTime &since)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        auto q = runQuery(db,
                          QStringLiteral("UPDATE cameras SET status = ?, offline_cause = ?, status_since_ms = ? WHERE id = ?"),
                          {toKey(status), toKey(status == CameraStatus::Offline ? cause : OfflineCause::Unknown),
                           since.toMSecsSinceEpoch(), id});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return fail(ErrorCode::NotFound, tr("no camera with id %1").arg(id));
        return AuditLog::record(db, m_actor, QStringLiteral("status"), QStringLiteral("camera"), id,
                                toKey(status) + (status == CameraStatus::Offline ? QLatin1Char('/') + toKey(cause)
                                                                                 : QString()));
    });
}

} // namespace pontive::core
