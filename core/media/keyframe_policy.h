#pragma once

#include <QSize>

#include <chrono>
#include <cstdint>
#include <set>
#include <vector>

namespace pontive::core {

// One shown tile as the keyframe policy sees it.
struct KeyframeTile {
    using Clock = std::chrono::steady_clock;
    std::uintptr_t id = 0;    // anything stable and unique per tile
    QSize size;               // the tile's pixel size
    bool visible = true;      // false: hidden (another page, covered, minimised)
    bool selected = false;    // the operator's tile: never degraded
    Clock::time_point lastChange{}; // when its view last changed (camera, size, selection)
};

struct KeyframeBudget {
    // Smaller than this on either side: keyframes are enough, whatever the load.
    QSize tinyTile{120, 68};
    // The process may use this share of all cores; above it tiles are degraded ...
    double cpuBudget = 0.85;
    // ... and only below this share are they given their full frame rate back.
    double restoreBelow = 0.65;
    // After a change the load needs a moment to show its effect: no next step before.
    std::chrono::milliseconds settle{3000};
};

// Decides which tiles decode key frames only (about one picture per GOP, ~0.4 % CPU per
// camera instead of a full decode). Tiny and hidden tiles always; when the measured load
// is over the budget, the least important tiles too, step by step: smallest first, then
// the one whose view has not changed for longest; never the selected tile. Tiles come
// back, most important first, one per settle interval once the load is below
// restoreBelow (the gap between the two shares is the hysteresis). Pure: the caller
// passes the tiles, the load and the time.
class KeyframePolicy
{
public:
    using Clock = KeyframeTile::Clock;

    explicit KeyframePolicy(KeyframeBudget budget = {});

    // The ids of the tiles that should decode key frames only.
    std::set<std::uintptr_t> decide(const std::vector<KeyframeTile> &tiles, double load, Clock::time_point now);

    // Tiles degraded because of the load (not the tiny or hidden ones).
    const std::set<std::uintptr_t> &degradedForLoad() const { return m_degraded; }
    const KeyframeBudget &budget() const { return m_budget; }
    void setBudget(KeyframeBudget budget) { m_budget = budget; }

    bool isTinyOrHidden(const KeyframeTile &tile) const;

private:
    KeyframeBudget m_budget;
    std::set<std::uintptr_t> m_degraded;
    Clock::time_point m_lastStep{};
    bool m_stepped = false;
};

} // namespace pontive::core
