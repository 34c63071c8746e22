#pragma once

#include "actor.h"
#include "domain/location.h"
#include "error.h"

#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace pontive::core {

class Database;

// Camera points ("titik").
class LocationRepository
{
public:
    LocationRepository(std::shared_ptr<Database> db, Actor actor);

    Result<std::vector<Location>> list() const;
    Result<Location> findByName(const QString &name) const;
    Result<qint64> add(const Location &location);
    Status update(const Location &location);
    Status remove(qint64 id);  // refused while cameras stand there

    // For callers that already hold a transaction on this thread's connection.
    static Result<qint64> insert(const QSqlDatabase &db, const Location &location, const Actor &actor);

private:
    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
