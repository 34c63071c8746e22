#include "migration.h"

namespace pontive::core {

// Rooms with opening hours (the Pontive Center seeded), booking series (recurrence rule and
// exceptions) and bookings. On PostgreSQL an exclusion constraint makes "no two approved
// bookings of one room overlap" a property of the store itself; on SQLite the repository
// checks and inserts inside one BEGIN IMMEDIATE transaction. Ranges are half-open, so
// back-to-back bookings are allowed.
Migration migration004Bookings()
{
    return {4, "rooms, booking series, bookings",
            {
             R"(CREATE TABLE rooms (
                  id {{pk}},
                  name TEXT NOT NULL UNIQUE,
                  open_minute INTEGER NOT NULL DEFAULT 420 CHECK (open_minute BETWEEN 0 AND 1440),
                  close_minute INTEGER NOT NULL DEFAULT 1260 CHECK (close_minute BETWEEN 0 AND 1440),
                  capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
                  CHECK (open_minute < close_minute)))",
             R"(CREATE TABLE booking_series (
                  id {{pk}},
                  rrule TEXT NOT NULL,
                  exceptions TEXT NOT NULL DEFAULT '',
                  created_ms BIGINT NOT NULL))",
             R"(CREATE TABLE bookings (
                  id {{pk}},
                  uid TEXT NOT NULL UNIQUE,
                  room_id BIGINT NOT NULL REFERENCES rooms(id),
                  title TEXT NOT NULL,
                  organiser TEXT NOT NULL,
                  agency_id BIGINT NOT NULL REFERENCES agencies(id),
                  contact TEXT NOT NULL DEFAULT '',
                  start_ms BIGINT NOT NULL,
                  end_ms BIGINT NOT NULL,
                  attendees INTEGER NOT NULL DEFAULT 0 CHECK (attendees >= 0),
                  purpose TEXT NOT NULL DEFAULT '',
                  needs_wall INTEGER NOT NULL DEFAULT 0 CHECK (needs_wall IN (0, 1)),
                  needs_projector INTEGER NOT NULL DEFAULT 0 CHECK (needs_projector IN (0, 1)),
                  needs_sound INTEGER NOT NULL DEFAULT 0 CHECK (needs_sound IN (0, 1)),
                  status TEXT NOT NULL DEFAULT 'requested'
                      CHECK (status IN ('requested', 'approved', 'rejected', 'cancelled')),
                  status_by TEXT NOT NULL DEFAULT '',
                  status_reason TEXT NOT NULL DEFAULT '',
                  status_ms BIGINT,
                  layout TEXT NOT NULL DEFAULT '',
                  series_id BIGINT REFERENCES booking_series(id),
                  created_by TEXT NOT NULL DEFAULT '',
                  created_ms BIGINT NOT NULL,
                  updated_ms BIGINT NOT NULL,
                  CHECK (end_ms > start_ms)))",
             "CREATE INDEX bookings_room_time ON bookings(room_id, start_ms)",
             "CREATE INDEX bookings_series ON bookings(series_id)",
             "INSERT INTO rooms (name) VALUES ('Pontive Center')",
            },
            {
             "CREATE EXTENSION IF NOT EXISTS btree_gist",
             R"(ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
                  EXCLUDE USING gist (room_id WITH =, int8range(start_ms, end_ms) WITH &&)
                  WHERE (status = 'approved'))",
            }};
}

} // namespace pontive::core
