#pragma once

#include "error.h"
#include "import_export/inventory_item.h"
#include "import_export/inventory_writer.h"
#include "store/actor.h"

#include <QCoreApplication>

#include <vector>

namespace pontive::core {

class Database;

struct DemoCityOptions {
    QString host = QStringLiteral("127.0.0.1");  // where pontive-camsim serves
    int rtspPort = 18554;
    int onvifPort = 18080;
};

// Pontianak's CCTV network as the office counts it (147 cameras at 51 points, 136
// online, 138 fiber, 30 PTZ, 41 Dishub and 10 Diskominfo points, some Dinsos cameras),
// generated the same way every time. Streams point at pontive-camsim on loopback.
class DemoCity
{
    Q_DECLARE_TR_FUNCTIONS(DemoCity)
public:
    static std::vector<InventoryItem> generate(const DemoCityOptions &options = {});
    // Into an empty store only.
    static Result<InventoryWriteSummary> load(Database &db, const Actor &actor, const DemoCityOptions &options = {});

private:
    static Status saveOperationsLayout(Database &db, const Actor &actor);
};

} // namespace pontive::core
