#include "layout_repository.h"

#include "audit_log.h"
#include "database.h"
#include "sql.h"
#include "write_transaction.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace pontive::core {

namespace {

QString encode(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject decode(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

LayoutRepository::LayoutRepository(std::shared_ptr<Database> db, Actor actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{
}

Result<std::vector<Layout>> LayoutRepository::layouts() const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT name, definition FROM layouts ORDER BY name"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<Layout> out;
    while (q->next()) {
        if (auto l = Layout::fromJson(decode(q->value(1).toString()))) {
            l->name = q->value(0).toString();
            out.push_back(std::move(*l));
        }
    }
    return out;
}

Result<Layout> LayoutRepository::layout(const QString &name) const
{
    auto all = layouts();
    if (!all)
        return std::unexpected(all.error());
    for (const Layout &l : *all) {
        if (l.name == name)
            return l;
    }
    return fail(ErrorCode::NotFound, tr("no layout named '%1'").arg(name));
}

Status LayoutRepository::saveLayout(const Layout &layout)
{
    if (layout.name.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("a layout needs a name"));
    if (const QString why = layout.validate(); !why.isEmpty())
        return fail(ErrorCode::BadInput, tr("layout '%1': %2").arg(layout.name, why));
    return saveDocument(QStringLiteral("layouts"), QStringLiteral("layout"), layout.name.trimmed(), layout.toJson());
}

Status LayoutRepository::removeLayout(const QString &name)
{
    return removeDocument(QStringLiteral("layouts"), QStringLiteral("layout"), name);
}

Result<std::optional<Layout>> LayoutRepository::screenLayout(const QString &screen) const
{
    auto view = screenView(screen);
    if (!view)
        return std::unexpected(view.error());
    if (!*view)
        return std::optional<Layout>();
    return std::optional<Layout>((*view)->layout);
}

Result<std::optional<ScreenView>> LayoutRepository::screenView(const QString &screen) const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn,
                      QStringLiteral("SELECT definition, wall_state FROM screen_layouts WHERE station = ? AND screen = ?"),
                      {m_actor.station, screen});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<ScreenView>();
    auto layout = Layout::fromJson(decode(q->value(0).toString()));
    if (!layout)
        return std::optional<ScreenView>();
    ScreenView view{std::move(*layout), WallState::fromJson(decode(q->value(1).toString())), {}};
    const std::vector<QString> names = view.state.tourNames();
    if (!names.empty()) {
        auto saved = tours();
        if (!saved)
            return std::unexpected(saved.error());
        for (Tour &t : *saved) {
            if (std::find(names.begin(), names.end(), t.name) != names.end())
                view.tours.push_back(std::move(t));
        }
    }
    return std::optional<ScreenView>(std::move(view));
}

Status LayoutRepository::saveScreenLayout(const QString &screen, const Layout &layout, const WallState &state)
{
    if (const QString why = layout.validate(); !why.isEmpty())
        return fail(ErrorCode::BadInput, why);
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        // Portable upsert: delete then insert inside one transaction.
        if (auto d = runQuery(db, QStringLiteral("DELETE FROM screen_layouts WHERE station = ? AND screen = ?"),
                              {m_actor.station, screen});
            !d)
            return std::unexpected(d.error());
        if (auto i = runQuery(db,
                              QStringLiteral("INSERT INTO screen_layouts (station, screen, definition, wall_state, "
                                             "updated_ms) VALUES (?, ?, ?, ?, ?)"),
                              {m_actor.station, screen, encode(layout.toJson()), encode(state.toJson()),
                               QDateTime::currentMSecsSinceEpoch()});
            !i)
            return std::unexpected(i.error());
        return {};
    });
}

Result<std::vector<Tour>> LayoutRepository::tours() const
{
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT definition FROM tours ORDER BY name"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<Tour> out;
    while (q->next()) {
        if (auto t = Tour::fromJson(decode(q->value(0).toString())))
            out.push_back(std::move(*t));
    }
    return out;
}

Status LayoutRepository::saveTour(const Tour &tour)
{
    if (const QString why = tour.validate(); !why.isEmpty())
        return fail(ErrorCode::BadInput, tr("tour '%1': %2").arg(tour.name, why));
    return saveDocument(QStringLiteral("tours"), QStringLiteral("tour"), tour.name.trimmed(), tour.toJson());
}

Status LayoutRepository::removeTour(const QString &name)
{
    return removeDocument(QStringLiteral("tours"), QStringLiteral("tour"), name);
}

Status LayoutRepository::saveDocument(const QString &table, const QString &entity, const QString &name,
                                      const QJsonObject &json)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto updated = runQuery(db, QStringLiteral("UPDATE %1 SET definition = ?, updated_ms = ? WHERE name = ?").arg(table),
                                {encode(json), now, name});
        if (!updated)
            return std::unexpected(updated.error());
        const bool existed = updated->numRowsAffected() > 0;
        if (!existed) {
            auto inserted = runQuery(db, QStringLiteral("INSERT INTO %1 (name, definition, updated_ms) VALUES (?, ?, ?)").arg(table),
                                     {name, encode(json), now});
            if (!inserted)
                return std::unexpected(inserted.error());
        }
        return AuditLog::record(db, m_actor, existed ? QStringLiteral("edit") : QStringLiteral("add"), entity, 0, name);
    });
}

Status LayoutRepository::removeDocument(const QString &table, const QString &entity, const QString &name)
{
    return inWriteTransaction(*m_db, [&](const QSqlDatabase &db) -> Status {
        auto q = runQuery(db, QStringLiteral("DELETE FROM %1 WHERE name = ?").arg(table), {name});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return fail(ErrorCode::NotFound, tr("no %1 named '%2'").arg(entity, name));
        return AuditLog::record(db, m_actor, QStringLiteral("remove"), entity, 0, name);
    });
}

} // namespace pontive::core
