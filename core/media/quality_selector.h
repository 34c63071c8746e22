#pragma once

#include <QSize>

#include <chrono>
#include <optional>

namespace pontive::core {

enum class StreamQuality { Main, Sub };

struct QualityPolicy {
    QSize smallTile{230, 170};  // below this (either side): sub-stream
    int maxMainTiles = 16;      // more tiles on screen: sub-stream
    std::chrono::milliseconds minSwitchInterval{5000};
};

// Picks main or sub stream for one tile, switching at most once per interval so a
// resizing layout does not flap between streams. Pure: the caller passes the time.
class QualitySelector
{
public:
    using Clock = std::chrono::steady_clock;

    explicit QualitySelector(QualityPolicy policy = {});

    // What the situation asks for, without hysteresis.
    static StreamQuality desired(const QualityPolicy &policy, QSize tile, int tilesShown, bool fullScreen);

    // The quality to use now. The first call decides at once; later switches wait until
    // the interval since the last switch has passed.
    StreamQuality update(QSize tile, int tilesShown, bool fullScreen, Clock::time_point now);
    std::optional<StreamQuality> current() const { return m_current; }

private:
    QualityPolicy m_policy;
    std::optional<StreamQuality> m_current;
    Clock::time_point m_lastSwitch;
};

} // namespace pontive::core
