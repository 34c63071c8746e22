#include "start_crowd.h"

#include <algorithm>

namespace pontive::core {

StartCrowd::StartCrowd(int threshold, std::chrono::milliseconds maxWait)
    : m_threshold(std::max(1, threshold)), m_maxWait(maxWait)
{
}

StartCrowd::Ticket StartCrowd::join(Clock::time_point now)
{
    // Forget the starts that waited too long, so the map stays small.
    std::erase_if(m_waiting, [&](const auto &entry) { return now - entry.second > m_maxWait; });
    const Ticket ticket = m_next++;
    m_waiting.emplace(ticket, now);
    if (waiting(now) >= m_threshold)
        m_formed = true;
    return ticket;
}

void StartCrowd::leave(Ticket ticket)
{
    m_waiting.erase(ticket);
}

int StartCrowd::waiting(Clock::time_point now) const
{
    return static_cast<int>(
        std::count_if(m_waiting.begin(), m_waiting.end(), [&](const auto &entry) { return now - entry.second <= m_maxWait; }));
}

bool StartCrowd::crowded(Clock::time_point now)
{
    const int n = waiting(now);
    if (n >= m_threshold)
        m_formed = true;
    else if (n == 0)
        m_formed = false;
    return m_formed;
}

} // namespace pontive::core
