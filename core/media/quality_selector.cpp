#include "quality_selector.h"

namespace pontive::core {

QualitySelector::QualitySelector(QualityPolicy policy) : m_policy(policy) {}

StreamQuality QualitySelector::desired(const QualityPolicy &policy, QSize tile, int tilesShown, bool fullScreen)
{
    if (fullScreen)
        return StreamQuality::Main;
    if (tilesShown > policy.maxMainTiles)
        return StreamQuality::Sub;
    if (tile.width() < policy.smallTile.width() || tile.height() < policy.smallTile.height())
        return StreamQuality::Sub;
    return StreamQuality::Main;
}

StreamQuality QualitySelector::update(QSize tile, int tilesShown, bool fullScreen, Clock::time_point now)
{
    const StreamQuality wanted = desired(m_policy, tile, tilesShown, fullScreen);
    if (!m_current) {
        m_current = wanted;
        m_lastSwitch = now;
    } else if (wanted != *m_current && now - m_lastSwitch >= m_policy.minSwitchInterval) {
        m_current = wanted;
        m_lastSwitch = now;
    }
    return *m_current;
}

} // namespace pontive::core
