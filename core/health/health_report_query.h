#pragma once

#include "error.h"
#include "health_report.h"
#include "report/summary_report.h"
#include "store/actor.h"

#include <memory>

namespace pontive::core {

class Database;

// The health report over [from, to) from the store: every camera and the incidents
// overlapping the period. What `pontivectl health report`, the health view's uptime and
// the app's report window all read. Blocking: call from a worker thread in the app.
Result<HealthReport> loadHealthReport(const std::shared_ptr<Database> &db, const Actor &actor, const QDateTime &from,
                                      const QDateTime &to, const QDateTime &now);

// The office's summary table (cameras, locations and agencies as they are now).
Result<SummaryReport> loadSummaryReport(const std::shared_ptr<Database> &db, const Actor &actor);

} // namespace pontive::core
