#pragma once

#include "domain/camera.h"
#include "domain/location.h"

namespace pontive::core {

// A camera to write and the point it stands at (created when the store lacks it).
struct InventoryItem {
    int line = 0;   // where it came from, for errors (0 when generated)
    Camera camera;
    Location location;
};

} // namespace pontive::core
