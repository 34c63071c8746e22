#include "migration.h"

namespace pontive::core {

const std::vector<Migration> &allMigrations()
{
    // Append new migrations at the end, numbered in order; never edit a released one.
    static const std::vector<Migration> all{
        migration001Inventory(),
        migration002Layouts(),
        migration003Health(),
        migration004Bookings(),
        migration005Ptz(),
        migration006HealthCoverage(),
        migration007WallState(),
    };
    return all;
}

} // namespace pontive::core
