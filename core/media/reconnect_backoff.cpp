#include "reconnect_backoff.h"

#include <algorithm>

namespace pontive::core {

ReconnectBackoff::ReconnectBackoff(std::vector<std::chrono::milliseconds> steps) : m_steps(std::move(steps))
{
    if (m_steps.empty())
        m_steps.push_back(std::chrono::seconds(5));
}

std::chrono::milliseconds ReconnectBackoff::next()
{
    const auto index = std::min<std::size_t>(static_cast<std::size_t>(m_attempt), m_steps.size() - 1);
    ++m_attempt;
    return m_steps[index];
}

} // namespace pontive::core
