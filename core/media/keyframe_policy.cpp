#include "keyframe_policy.h"

#include <algorithm>
#include <cmath>

namespace pontive::core {

namespace {

// Least important first: smallest, then longest unchanged; the id keeps it stable.
bool lessImportant(const KeyframeTile &a, const KeyframeTile &b)
{
    const qint64 areaA = qint64(a.size.width()) * a.size.height();
    const qint64 areaB = qint64(b.size.width()) * b.size.height();
    if (areaA != areaB)
        return areaA < areaB;
    if (a.lastChange != b.lastChange)
        return a.lastChange < b.lastChange;
    return a.id < b.id;
}

} // namespace

KeyframePolicy::KeyframePolicy(KeyframeBudget budget) : m_budget(budget) {}

bool KeyframePolicy::isTinyOrHidden(const KeyframeTile &tile) const
{
    if (tile.selected)
        return false;
    if (!tile.visible)
        return true;
    return tile.size.isValid()
        && (tile.size.width() < m_budget.tinyTile.width() || tile.size.height() < m_budget.tinyTile.height());
}

std::set<std::uintptr_t> KeyframePolicy::decide(const std::vector<KeyframeTile> &tiles, double load,
                                                 Clock::time_point now)
{
    std::set<std::uintptr_t> result;
    std::vector<KeyframeTile> candidates; // full rate now or degraded for the load
    for (const KeyframeTile &tile : tiles) {
        if (isTinyOrHidden(tile))
            result.insert(tile.id);
        else if (!tile.selected)
            candidates.push_back(tile);
    }
    // Forget tiles that left, got selected, or are now tiny/hidden anyway.
    std::erase_if(m_degraded, [&](std::uintptr_t id) {
        return std::none_of(candidates.begin(), candidates.end(), [id](const KeyframeTile &t) { return t.id == id; });
    });
    std::sort(candidates.begin(), candidates.end(), lessImportant);

    const bool settled = !m_stepped || now - m_lastStep >= m_budget.settle;
    if (settled && load > m_budget.cpuBudget) {
        // Step in proportion to the overshoot, at least one tile.
        const std::size_t full = candidates.size() - m_degraded.size();
        const double overshoot = (load - m_budget.cpuBudget) / std::max(load, 1e-9);
        std::size_t count = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(double(full) * overshoot)));
        for (const KeyframeTile &tile : candidates) {
            if (count == 0)
                break;
            if (m_degraded.insert(tile.id).second)
                --count;
        }
        if (full > 0) {
            m_lastStep = now;
            m_stepped = true;
        }
    } else if (settled && load < m_budget.restoreBelow && !m_degraded.empty()) {
        // Give back the most important degraded tile.
        for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
            if (m_degraded.erase(it->id)) {
                m_lastStep = now;
                m_stepped = true;
                break;
            }
        }
    }
    result.insert(m_degraded.begin(), m_degraded.end());
    return result;
}

} // namespace pontive::core
