#pragma once

#include "database_url.h"
#include "error.h"

#include <QSqlDatabase>

namespace pontive::core {

// Numbered schema migrations, the same on SQLite and PostgreSQL, each applied in its
// own transaction. A store newer than this program is refused untouched.
class Migrations
{
public:
    static int latestVersion();
    // 0 for an empty store.
    static Result<int> currentVersion(const QSqlDatabase &db);
    static Status apply(const QSqlDatabase &db, Engine engine);
};

} // namespace pontive::core
