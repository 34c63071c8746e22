#pragma once

#include <chrono>
#include <vector>

namespace pontive::core {

// Waits between reconnect attempts: 1, 2, 5, 10, then 30 s forever by default.
class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(std::vector<std::chrono::milliseconds> steps);

    // The wait before the next attempt; advances the attempt counter.
    std::chrono::milliseconds next();
    int attempt() const { return m_attempt; } // attempts handed out since the last reset
    void reset() { m_attempt = 0; }

private:
    std::vector<std::chrono::milliseconds> m_steps;
    int m_attempt = 0;
};

} // namespace pontive::core
