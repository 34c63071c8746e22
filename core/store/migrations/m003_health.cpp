#include "migration.h"

namespace pontive::core {

// Camera health: offline incidents with their symptom and the office's cause, short
// drops kept as blips, and each camera's probe state so the debounce survives restarts
// and one-shot `health check --once` runs.
Migration migration003Health()
{
    return {3, "camera health: incidents, blips, probe state",
            {
             R"(CREATE TABLE health_incidents (
                  id {{pk}},
                  camera_id BIGINT NOT NULL REFERENCES cameras(id) ON DELETE CASCADE,
                  start_ms BIGINT NOT NULL,
                  end_ms BIGINT,
                  symptom TEXT NOT NULL CHECK (symptom IN
                      ('refused', 'unreachable', 'timeout', 'auth', 'not_found', 'stream_error')),
                  cause TEXT NOT NULL DEFAULT 'unknown' CHECK (cause IN ('unknown', 'camera', 'power', 'media')),
                  suggested_cause TEXT NOT NULL DEFAULT 'unknown'
                      CHECK (suggested_cause IN ('unknown', 'camera', 'power', 'media')),
                  detail TEXT NOT NULL DEFAULT '',
                  confirmed_by TEXT NOT NULL DEFAULT '',
                  confirmed_ms BIGINT,
                  operator_note TEXT NOT NULL DEFAULT '',
                  technician_remark TEXT NOT NULL DEFAULT '',
                  fixed_ms BIGINT,
                  CHECK (end_ms IS NULL OR end_ms >= start_ms)))",
             "CREATE INDEX health_incidents_camera ON health_incidents(camera_id, start_ms)",
             "CREATE INDEX health_incidents_start ON health_incidents(start_ms)",
             R"(CREATE TABLE health_blips (
                  id {{pk}},
                  camera_id BIGINT NOT NULL REFERENCES cameras(id) ON DELETE CASCADE,
                  start_ms BIGINT NOT NULL,
                  end_ms BIGINT NOT NULL,
                  symptom TEXT NOT NULL,
                  failures INTEGER NOT NULL,
                  CHECK (end_ms >= start_ms)))",
             "CREATE INDEX health_blips_camera ON health_blips(camera_id, start_ms)",
             R"(CREATE TABLE health_probe_state (
                  camera_id BIGINT PRIMARY KEY REFERENCES cameras(id) ON DELETE CASCADE,
                  failures INTEGER NOT NULL DEFAULT 0,
                  first_failure_ms BIGINT,
                  last_symptom TEXT NOT NULL DEFAULT '',
                  last_error TEXT NOT NULL DEFAULT '',
                  last_probe_ms BIGINT,
                  last_ok_ms BIGINT))",
            }};
}

} // namespace pontive::core
