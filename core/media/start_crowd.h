#pragma once

#include <chrono>
#include <cstdint>
#include <map>

namespace pontive::core {

// Pictures first when many tiles start at once (a layout switch to 64 cameras): while
// `threshold` or more sessions wait for their first picture, they decode key frames only,
// so every tile shows a picture in about one key-frame interval instead of all of them
// fighting for the CPU at full rate (measured: 64 tiles, p50 0.9 s instead of 2.8 s). Full
// rate returns at the next key frame once the whole crowd has its pictures (the last
// ones would otherwise wait behind everyone else at full rate). A start that waits
// longer than `maxWait` (a camera that never answers) stops counting. Plain bookkeeping,
// used from the sessions' thread.
class StartCrowd
{
public:
    using Clock = std::chrono::steady_clock;
    using Ticket = std::uint64_t;

    explicit StartCrowd(int threshold = 12, std::chrono::milliseconds maxWait = std::chrono::seconds(3));

    Ticket join(Clock::time_point now);
    // The session has its first picture, stopped, or gave up waiting.
    void leave(Ticket ticket);
    // Whether key-frame-only starts pay: true from the moment `threshold` sessions wait
    // for a first picture until none does.
    bool crowded(Clock::time_point now);
    int waiting(Clock::time_point now) const;

private:
    int m_threshold;
    std::chrono::milliseconds m_maxWait;
    Ticket m_next = 1;
    bool m_formed = false;
    std::map<Ticket, Clock::time_point> m_waiting; // tickets in join order: oldest first
};

} // namespace pontive::core
