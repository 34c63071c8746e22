#pragma once

#include "layout/tour.h"

#include <chrono>
#include <vector>

namespace pontive::test {

// A tour for the wall tests: the shortest dwell unless a test wants it to hold still.
inline core::Tour makeTour(const QString &name, core::Tour::Mode mode, std::vector<qint64> cameras,
                           std::chrono::seconds dwell = core::Tour::kMinDwell)
{
    core::Tour t;
    t.name = name;
    t.mode = mode;
    t.cameras = std::move(cameras);
    t.dwell = dwell;
    return t;
}

} // namespace pontive::test
