#include "catch_qt.h"

#include "media/start_crowd.h"

#include <vector>

using namespace pontive::core;
using namespace std::chrono_literals;

namespace {
const auto t0 = StartCrowd::Clock::time_point{} + 1h;
}

TEST_CASE("a few tiles starting together decode at full rate from the start", "[media][crowd]")
{
    StartCrowd crowd(12, 3s);
    for (int i = 0; i < 11; ++i)
        crowd.join(t0);
    CHECK(crowd.waiting(t0) == 11);
    CHECK_FALSE(crowd.crowded(t0));
}

TEST_CASE("a crowd of starts stays key-frame-only until its last member has a picture", "[media][crowd]")
{
    StartCrowd crowd(12, 3s);
    std::vector<StartCrowd::Ticket> tickets;
    for (int i = 0; i < 64; ++i)
        tickets.push_back(crowd.join(t0));
    CHECK(crowd.crowded(t0));
    // 63 pictures arrive: the one still waiting keeps the crowd together (no full-rate
    // competition for the last tiles).
    for (int i = 0; i < 63; ++i)
        crowd.leave(tickets[static_cast<std::size_t>(i)]);
    CHECK(crowd.waiting(t0 + 500ms) == 1);
    CHECK(crowd.crowded(t0 + 500ms));
    crowd.leave(tickets.back());
    CHECK_FALSE(crowd.crowded(t0 + 600ms));
    // A later single start is on its own again.
    crowd.join(t0 + 700ms);
    CHECK_FALSE(crowd.crowded(t0 + 700ms));
}

TEST_CASE("a camera that never answers stops holding the crowd after the longest wait", "[media][crowd]")
{
    StartCrowd crowd(12, 3s);
    std::vector<StartCrowd::Ticket> tickets;
    for (int i = 0; i < 16; ++i)
        tickets.push_back(crowd.join(t0));
    for (std::size_t i = 1; i < tickets.size(); ++i)
        crowd.leave(tickets[i]);
    CHECK(crowd.crowded(t0 + 2s));
    CHECK(crowd.waiting(t0 + 3s + 1ms) == 0);
    CHECK_FALSE(crowd.crowded(t0 + 3s + 1ms));
}
