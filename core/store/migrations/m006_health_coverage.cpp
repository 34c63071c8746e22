#include "migration.h"

namespace pontive::core {

// When a station was monitoring: spans written by the health monitor after each probe
// round, so time with no station running is reported as unknown, not as uptime.
Migration migration006HealthCoverage()
{
    return {6, "camera health: monitored time",
            {
             R"(CREATE TABLE health_coverage (
                  id {{pk}},
                  start_ms BIGINT NOT NULL,
                  end_ms BIGINT NOT NULL,
                  CHECK (end_ms >= start_ms)))",
             "CREATE INDEX health_coverage_end ON health_coverage(end_ms)",
            }};
}

} // namespace pontive::core
