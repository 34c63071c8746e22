#include "keyframe_governor.h"

#include "camera_stream.h"
#include "media_logging.h"

#include <algorithm>

namespace pontive::core {

namespace {
constexpr auto kInterval = std::chrono::seconds(2);
}

KeyframeGovernor::KeyframeGovernor(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kInterval);
    connect(&m_timer, &QTimer::timeout, this, &KeyframeGovernor::evaluate);
}

KeyframeGovernor::~KeyframeGovernor() = default;

void KeyframeGovernor::add(CameraStream *stream)
{
    if (std::find(m_streams.begin(), m_streams.end(), stream) != m_streams.end())
        return;
    m_streams.push_back(stream);
    if (!m_timer.isActive())
        m_timer.start();
}

void KeyframeGovernor::remove(CameraStream *stream)
{
    std::erase(m_streams, stream);
    if (m_streams.empty())
        m_timer.stop();
}

void KeyframeGovernor::evaluate()
{
    m_lastLoad = m_loadSource ? m_loadSource() : m_meter.sample();
    std::vector<KeyframeTile> tiles;
    tiles.reserve(m_streams.size());
    for (CameraStream *stream : m_streams)
        tiles.push_back(stream->keyframeTile());
    const auto keyframesOnly = m_policy.decide(tiles, m_lastLoad, KeyframePolicy::Clock::now());
    for (CameraStream *stream : m_streams) {
        const bool degrade = keyframesOnly.contains(stream->keyframeTile().id);
        if (degrade != stream->keyframesOnly()) {
            qCDebug(lcMedia) << (degrade ? "key frames only:" : "full frame rate:") << stream->keyframeTile().size
                             << "load" << m_lastLoad;
            stream->setKeyframesOnly(degrade);
        }
    }
}

} // namespace pontive::core
