#include "migration.h"

namespace pontive::core {

// Named layouts shared by every station on the store, what each station's screens show
// (to come back after a restart), and tours. Layouts and tours are JSON documents: the
// wall reads them whole, and their shape is validated in code.
Migration migration002Layouts()
{
    return {2, "layouts, screen layouts, tours",
            {
                R"(CREATE TABLE layouts (
                     id {{pk}},
                     name TEXT NOT NULL UNIQUE,
                     definition TEXT NOT NULL,
                     updated_ms BIGINT NOT NULL))",
                R"(CREATE TABLE screen_layouts (
                     station TEXT NOT NULL,
                     screen TEXT NOT NULL,
                     definition TEXT NOT NULL,
                     updated_ms BIGINT NOT NULL,
                     PRIMARY KEY (station, screen)))",
                R"(CREATE TABLE tours (
                     id {{pk}},
                     name TEXT NOT NULL UNIQUE,
                     definition TEXT NOT NULL,
                     updated_ms BIGINT NOT NULL))",
            }};
}

} // namespace pontive::core
