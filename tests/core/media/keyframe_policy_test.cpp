#include "catch_qt.h"

#include "media/keyframe_policy.h"

using namespace pontive::core;
using namespace std::chrono_literals;

namespace {

const auto t0 = KeyframePolicy::Clock::time_point{} + 1h;

KeyframeTile tile(std::uintptr_t id, QSize size, std::chrono::seconds changedAgo = 60s, bool selected = false,
                  bool visible = true)
{
    return {id, size, visible, selected, t0 - changedAgo};
}

// A 4x4 wall of 480x270 tiles, ids 1..16, tile 16 changed last, tile 1 first.
std::vector<KeyframeTile> wall()
{
    std::vector<KeyframeTile> tiles;
    for (std::uintptr_t id = 1; id <= 16; ++id)
        tiles.push_back(tile(id, QSize(480, 270), std::chrono::seconds(100 - id)));
    return tiles;
}

} // namespace

TEST_CASE("keyframes: tiny and hidden tiles decode key frames only whatever the load", "[media][keyframes]")
{
    KeyframePolicy policy;
    const std::vector<KeyframeTile> tiles{tile(1, QSize(100, 60)), tile(2, QSize(480, 270), 60s, false, false),
                                          tile(3, QSize(480, 270)), tile(4, QSize(100, 60), 60s, true),
                                          tile(5, QSize(480, 270), 60s, true, false)};
    CHECK(policy.decide(tiles, 0.1, t0) == std::set<std::uintptr_t>{1, 2});
    CHECK(policy.decide(tiles, 0.5, t0 + 10s) == std::set<std::uintptr_t>{1, 2});
    CHECK(policy.degradedForLoad().empty());
}

TEST_CASE("keyframes: over the budget the least important tiles go first, never the selected one",
          "[media][keyframes]")
{
    KeyframePolicy policy;
    auto tiles = wall();
    tiles[0].selected = true;             // id 1: unchanged for longest, but selected
    tiles[9].size = QSize(240, 135);      // id 10: the smallest
    // 0.95 against a 0.85 budget: about 11 % too much, so ceil(15 * 0.105) = 2 tiles.
    const auto first = policy.decide(tiles, 0.95, t0);
    CHECK(first == std::set<std::uintptr_t>{10, 2});
    // The load needs time to show the effect: nothing more before the settle interval.
    CHECK(policy.decide(tiles, 0.95, t0 + 1s) == first);
    // Still too much after it: the next least important (longest unchanged) follow.
    const auto second = policy.decide(tiles, 0.90, t0 + 3s);
    CHECK(second == std::set<std::uintptr_t>{10, 2, 3});
    // Even overloaded with every other tile degraded, the selected one keeps its frames.
    auto t = t0 + 3s;
    for (int i = 0; i < 30; ++i)
        policy.decide(tiles, 5.0, t += 3s);
    const auto all = policy.decide(tiles, 5.0, t += 3s);
    CHECK(all.size() == 15);
    CHECK_FALSE(all.contains(1));
}

TEST_CASE("keyframes: tiles come back one by one below the lower mark, most important first (hysteresis)",
          "[media][keyframes]")
{
    KeyframePolicy policy;
    const auto tiles = wall();
    auto t = t0;
    policy.decide(tiles, 1.0, t); // 15 % over: ceil(16 * 0.15) = 3 tiles (ids 1, 2, 3)
    REQUIRE(policy.degradedForLoad() == std::set<std::uintptr_t>{1, 2, 3});
    // Between the marks: nothing moves, however long.
    for (int i = 0; i < 5; ++i)
        CHECK(policy.decide(tiles, 0.75, t += 5s) == std::set<std::uintptr_t>{1, 2, 3});
    // Below the lower mark: the most recently changed comes back first, one per settle.
    CHECK(policy.decide(tiles, 0.5, t += 5s) == std::set<std::uintptr_t>{1, 2});
    CHECK(policy.decide(tiles, 0.5, t += 1s) == std::set<std::uintptr_t>{1, 2});
    CHECK(policy.decide(tiles, 0.5, t += 3s) == std::set<std::uintptr_t>{1});
    CHECK(policy.decide(tiles, 0.5, t += 3s).empty());
}

TEST_CASE("keyframes: a degraded tile that gets selected or leaves is no longer degraded", "[media][keyframes]")
{
    KeyframePolicy policy;
    auto tiles = wall();
    policy.decide(tiles, 1.0, t0);
    REQUIRE(policy.degradedForLoad().contains(1));
    tiles[0].selected = true;
    tiles.erase(tiles.begin() + 1); // id 2 closed
    const auto now = policy.decide(tiles, 0.75, t0 + 1s);
    CHECK_FALSE(now.contains(1));
    CHECK_FALSE(now.contains(2));
    CHECK(now == std::set<std::uintptr_t>{3});
}
