#include "migration.h"

namespace pontive::core {

// What runs on each screen besides its layout (tours, forced stream quality per tile),
// a JSON document next to the screen's layout so the wall comes back as it was left.
Migration migration007WallState()
{
    return {7, "screen layouts: wall state",
            {
             "ALTER TABLE screen_layouts ADD COLUMN wall_state TEXT NOT NULL DEFAULT '{}'",
            }};
}

} // namespace pontive::core
