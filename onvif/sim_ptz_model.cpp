#include "sim_ptz_model.h"

#include <algorithm>

namespace pontive::onvif {

namespace {

double clampTo(double value, PtzRange range)
{
    return std::clamp(value, range.min, range.max);
}

PtzVector clampPosition(const PtzVector &value)
{
    return {clampTo(value.pan, SimPtzModel::kPanRange), clampTo(value.tilt, SimPtzModel::kTiltRange),
            clampTo(value.zoom, SimPtzModel::kZoomRange)};
}

PtzVector clampVelocity(const PtzVector &value)
{
    return {std::clamp(value.pan, -1.0, 1.0), std::clamp(value.tilt, -1.0, 1.0), std::clamp(value.zoom, -1.0, 1.0)};
}

} // namespace

PtzVector SimPtzModel::positionLocked(Clock::time_point now) const
{
    Clock::time_point end = m_deadline ? std::min(now, *m_deadline) : now;
    end = std::max(end, m_since);
    const double seconds = std::chrono::duration<double>(end - m_since).count() * kUnitsPerSecond;
    // Velocity is constant between commands, so clamping the end point is exact.
    return clampPosition({m_origin.pan + m_velocity.pan * seconds, m_origin.tilt + m_velocity.tilt * seconds,
                          m_origin.zoom + m_velocity.zoom * seconds});
}

void SimPtzModel::settle(Clock::time_point now)
{
    m_origin = positionLocked(now);
    m_since = now;
    if (m_deadline && now >= *m_deadline) {
        m_velocity = {};
        m_deadline.reset();
    }
}

void SimPtzModel::continuousMove(const PtzVector &velocity, std::optional<std::chrono::milliseconds> timeout,
                                 Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    settle(now);
    m_velocity = clampVelocity(velocity);
    m_deadline.reset();
    if (timeout && timeout->count() > 0)
        m_deadline = now + *timeout;
}

void SimPtzModel::stop(bool panTilt, bool zoom, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    settle(now);
    if (panTilt)
        m_velocity.pan = m_velocity.tilt = 0;
    if (zoom)
        m_velocity.zoom = 0;
}

void SimPtzModel::relativeMove(const PtzVector &delta, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    settle(now);
    m_velocity = {};
    m_origin = clampPosition({m_origin.pan + delta.pan, m_origin.tilt + delta.tilt, m_origin.zoom + delta.zoom});
}

void SimPtzModel::absoluteMove(const PtzVector &position, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    settle(now);
    m_velocity = {};
    m_origin = clampPosition(position);
}

void SimPtzModel::gotoHome(Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    settle(now);
    m_velocity = {};
    m_origin = m_home;
}

void SimPtzModel::setHome(const PtzVector &position)
{
    std::lock_guard lock(m_mutex);
    m_home = clampPosition(position);
}

PtzVector SimPtzModel::position(Clock::time_point now) const
{
    std::lock_guard lock(m_mutex);
    return positionLocked(now);
}

bool SimPtzModel::isMoving(Clock::time_point now) const
{
    std::lock_guard lock(m_mutex);
    if (m_velocity == PtzVector{} || (m_deadline && now >= *m_deadline))
        return false;
    // Pushing against a limit is not moving.
    return positionLocked(now) != positionLocked(now + std::chrono::milliseconds(10));
}

PtzVector SimPtzModel::velocity() const
{
    std::lock_guard lock(m_mutex);
    return m_velocity;
}

std::optional<QString> SimPtzModel::setPreset(const QString &name, const QString &token, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    const PtzVector here = positionLocked(now);
    if (!token.isEmpty()) {
        for (PtzPreset &preset : m_presets) {
            if (preset.token == token) {
                preset.position = here;
                if (!name.isEmpty())
                    preset.name = name;
                return token;
            }
        }
        return std::nullopt;  // ONVIF: SetPreset with an unknown token is an error
    }
    if (m_presets.size() >= kMaxPresets)
        return std::nullopt;
    const QString newToken = QStringLiteral("preset-%1").arg(m_nextPreset++);
    m_presets.append(PtzPreset{newToken, name.isEmpty() ? newToken : name, here});
    return newToken;
}

bool SimPtzModel::gotoPreset(const QString &token, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    for (const PtzPreset &preset : m_presets) {
        if (preset.token == token && preset.position) {
            settle(now);
            m_velocity = {};
            m_origin = *preset.position;
            return true;
        }
    }
    return false;
}

bool SimPtzModel::removePreset(const QString &token)
{
    std::lock_guard lock(m_mutex);
    return m_presets.removeIf([&](const PtzPreset &preset) { return preset.token == token; }) > 0;
}

QList<PtzPreset> SimPtzModel::presets() const
{
    std::lock_guard lock(m_mutex);
    return m_presets;
}

} // namespace pontive::onvif
