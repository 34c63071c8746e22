#include "migration.h"

namespace pontive::core {

// PTZ: quirks learned from each camera (on the camera record), the control lock with
// its lease, patrols (presets with dwell times) and joystick profiles per model.
Migration migration005Ptz()
{
    return {5, "ptz: camera quirks, control locks, patrols, joystick profiles",
            {
             "ALTER TABLE cameras ADD COLUMN ptz_stop_unsupported INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE cameras ADD COLUMN ptz_timeout_rejected INTEGER NOT NULL DEFAULT 0",
             R"(CREATE TABLE ptz_locks (
                  camera_id BIGINT PRIMARY KEY REFERENCES cameras(id) ON DELETE CASCADE,
                  station TEXT NOT NULL,
                  user_name TEXT NOT NULL,
                  acquired_ms BIGINT NOT NULL,
                  expires_ms BIGINT NOT NULL))",
             R"(CREATE TABLE ptz_patrols (
                  id {{pk}},
                  camera_id BIGINT NOT NULL REFERENCES cameras(id) ON DELETE CASCADE,
                  name TEXT NOT NULL,
                  UNIQUE (camera_id, name)))",
             R"(CREATE TABLE ptz_patrol_steps (
                  patrol_id BIGINT NOT NULL REFERENCES ptz_patrols(id) ON DELETE CASCADE,
                  position INTEGER NOT NULL,
                  preset_token TEXT NOT NULL,
                  dwell_ms BIGINT NOT NULL CHECK (dwell_ms > 0),
                  PRIMARY KEY (patrol_id, position)))",
             R"(CREATE TABLE joystick_profiles (
                  id {{pk}},
                  name TEXT NOT NULL,
                  guid TEXT NOT NULL,
                  profile TEXT NOT NULL,
                  UNIQUE (name, guid)))",
            }};
}

} // namespace pontive::core
