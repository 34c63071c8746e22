#pragma once

#include "actor.h"
#include "domain/agency.h"
#include "error.h"

#include <memory>
#include <vector>

namespace pontive::core {

class Database;

// The editable list of the city's agencies.
class AgencyRepository
{
public:
    AgencyRepository(std::shared_ptr<Database> db, Actor actor);

    Result<std::vector<Agency>> list() const;
    Result<Agency> findByCode(const QString &code) const;   // case-insensitive
    Result<qint64> add(const Agency &agency);
    Status rename(const QString &code, const QString &name, const QString &nameEn);
    Status remove(const QString &code);                     // refused while in use

private:
    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
