#pragma once

#include "error.h"
#include "inventory_item.h"
#include "store/actor.h"

#include <memory>
#include <vector>

namespace pontive::core {

class Database;

struct InventoryWriteSummary {
    int camerasAdded = 0;
    int locationsAdded = 0;
};

// Writes cameras and the points they need in ONE transaction: all or nothing. Shared by
// the importer and the demo city so both write the same way.
class InventoryWriter
{
public:
    static Result<InventoryWriteSummary> write(Database &db, const std::vector<InventoryItem> &items,
                                               const Actor &actor, const QString &auditNote);
};

} // namespace pontive::core
