#pragma once

#include "actor.h"
#include "error.h"
#include "layout/layout.h"
#include "layout/tour.h"
#include "layout/wall_state.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace pontive::core {

class Database;

// Named layouts and tours (shared by every station on the store) and what each screen of
// a station shows.
class LayoutRepository
{
    Q_DECLARE_TR_FUNCTIONS(LayoutRepository)
public:
    LayoutRepository(std::shared_ptr<Database> db, Actor actor);

    Result<std::vector<Layout>> layouts() const;
    Result<Layout> layout(const QString &name) const;
    // Insert or replace by name.
    Status saveLayout(const Layout &layout);
    Status removeLayout(const QString &name);

    Result<std::optional<Layout>> screenLayout(const QString &screen) const;
    // The layout and what ran on it (tours, forced qualities), with the definitions of
    // those tours that are still saved.
    Result<std::optional<ScreenView>> screenView(const QString &screen) const;
    // Saves the layout and replaces the screen's wall state with `state`.
    Status saveScreenLayout(const QString &screen, const Layout &layout, const WallState &state = {});

    Result<std::vector<Tour>> tours() const;
    Status saveTour(const Tour &tour);
    Status removeTour(const QString &name);

private:
    Status saveDocument(const QString &table, const QString &entity, const QString &name, const QJsonObject &json);
    Status removeDocument(const QString &table, const QString &entity, const QString &name);

    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
