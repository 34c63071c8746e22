#pragma once

#include <vector>

namespace pontive::core {

// One numbered schema step, written once for SQLite and PostgreSQL. {{pk}} is the only
// word that differs between them. Times are BIGINT milliseconds since the epoch (UTC)
// and booleans INTEGER 0/1, so values read back the same from either engine.
struct Migration {
    int version;
    const char *name;
    std::vector<const char *> statements;
    std::vector<const char *> postgresOnly = {};   // run after `statements`, PostgreSQL only
};

// Each migration lives in its own file; the list in order is in migration_list.cpp.
Migration migration001Inventory();
Migration migration003Health();
Migration migration004Bookings();
Migration migration002Layouts();
Migration migration005Ptz();
Migration migration006HealthCoverage();
Migration migration007WallState();

// Every migration, in order of version.
const std::vector<Migration> &allMigrations();

} // namespace pontive::core
