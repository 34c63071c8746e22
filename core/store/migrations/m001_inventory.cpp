#include "migration.h"

namespace pontive::core {

// Agencies, locations, cameras with tags and status, and the audit log.
Migration migration001Inventory()
{
    return {1, "agencies, locations, cameras, tags, audit log",
            {
             R"(CREATE TABLE agencies (
                  id {{pk}},
                  code TEXT NOT NULL UNIQUE,
                  name TEXT NOT NULL,
                  name_en TEXT NOT NULL DEFAULT ''))",
             R"(CREATE TABLE locations (
                  id {{pk}},
                  name TEXT NOT NULL UNIQUE,
                  district TEXT NOT NULL DEFAULT '',
                  latitude DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
                  longitude DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
                  agency_id BIGINT NOT NULL REFERENCES agencies(id),
                  tags TEXT NOT NULL DEFAULT ''))",
             R"(CREATE TABLE cameras (
                  id {{pk}},
                  name TEXT NOT NULL,
                  location_id BIGINT NOT NULL REFERENCES locations(id),
                  agency_id BIGINT NOT NULL REFERENCES agencies(id),
                  kind TEXT NOT NULL CHECK (kind IN ('ptz', 'fixed')),
                  media TEXT NOT NULL CHECK (media IN ('fiber', 'wireless')),
                  main_url TEXT NOT NULL DEFAULT '',
                  sub_url TEXT NOT NULL DEFAULT '',
                  onvif_url TEXT NOT NULL DEFAULT '',
                  username TEXT NOT NULL DEFAULT '',
                  password TEXT NOT NULL DEFAULT '',
                  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
                  notes TEXT NOT NULL DEFAULT '',
                  status TEXT NOT NULL DEFAULT 'unknown' CHECK (status IN ('unknown', 'online', 'offline')),
                  offline_cause TEXT NOT NULL DEFAULT 'unknown'
                      CHECK (offline_cause IN ('unknown', 'camera', 'power', 'media')),
                  status_since_ms BIGINT,
                  created_ms BIGINT NOT NULL,
                  updated_ms BIGINT NOT NULL,
                  UNIQUE (location_id, name)))",
             "CREATE INDEX cameras_agency ON cameras(agency_id)",
             "CREATE INDEX cameras_status ON cameras(status)",
             R"(CREATE TABLE camera_tags (
                  camera_id BIGINT NOT NULL REFERENCES cameras(id) ON DELETE CASCADE,
                  tag TEXT NOT NULL,
                  PRIMARY KEY (camera_id, tag)))",
             "CREATE INDEX camera_tags_tag ON camera_tags(tag)",
             R"(CREATE TABLE audit_log (
                  id {{pk}},
                  at_ms BIGINT NOT NULL,
                  station TEXT NOT NULL,
                  actor TEXT NOT NULL,
                  action TEXT NOT NULL,
                  entity TEXT NOT NULL,
                  entity_id BIGINT,
                  detail TEXT NOT NULL DEFAULT ''))",
             "CREATE INDEX audit_log_at ON audit_log(at_ms)",
             R"(INSERT INTO agencies (code, name, name_en) VALUES
                  ('Dishub', 'Dinas Perhubungan', 'Transport Office'),
                  ('Dinsos', 'Dinas Sosial', 'Social Affairs Office'),
                  ('Diskominfo', 'Dinas Komunikasi dan Informatika', 'Communication and Informatics Office'))",
            }};
}

} // namespace pontive::core
