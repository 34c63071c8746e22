#include "ptz_operations.h"

#include "ptz_logging.h"
#include "stick_shaping.h"

#include <QThread>

#include <algorithm>

namespace pontive::core {

using namespace onvif;

PtzOperations::PtzOperations(OnvifClient &client, QString profile, PtzRanges ranges)
    : m_client(&client), m_profile(std::move(profile)), m_ranges(ranges)
{
}

Result<PtzOperations> PtzOperations::open(OnvifClient &client, const QString &profile)
{
    QString token = profile;
    if (token.isEmpty()) {
        auto profiles = client.profiles();
        if (!profiles)
            return std::unexpected(profiles.error());
        for (const OnvifProfile &candidate : *profiles) {
            if (!candidate.ptzConfigurationToken.isEmpty()) {
                token = candidate.token;
                break;
            }
        }
        if (token.isEmpty())
            return fail(ErrorCode::NotSupported, tr("The camera has no PTZ profile."));
    }
    // Ranges are advisory: a camera without GetConfigurationOptions gets the generic ones.
    auto ranges = client.ptzRanges(token);
    if (!ranges)
        qCInfo(lcPtz) << "no PTZ ranges from the camera, using the generic spaces:" << ranges.error().detail;
    return PtzOperations(client, token, ranges.value_or(PtzRanges{}));
}

PtzVector PtzOperations::scaled(const PtzVelocity &v) const
{
    return {stick::scaleInto(v.pan, m_ranges.panVelocity.min, m_ranges.panVelocity.max),
            stick::scaleInto(v.tilt, m_ranges.tiltVelocity.min, m_ranges.tiltVelocity.max),
            stick::scaleInto(v.zoom, m_ranges.zoomVelocity.min, m_ranges.zoomVelocity.max)};
}

std::chrono::milliseconds PtzOperations::moveTimeout(std::chrono::milliseconds wanted) const
{
    auto timeout = wanted;
    if (m_ranges.minTimeout)
        timeout = std::max(timeout, *m_ranges.minTimeout);
    if (m_ranges.maxTimeout && *m_ranges.maxTimeout > std::chrono::milliseconds(0))
        timeout = std::min(timeout, *m_ranges.maxTimeout);
    return timeout;
}

Status PtzOperations::move(const PtzVelocity &velocity, std::optional<std::chrono::milliseconds> timeout)
{
    if (velocity.isZero())
        return stop();
    const auto sent = timeout ? std::optional(moveTimeout(*timeout)) : std::nullopt;
    return m_client->continuousMove(m_profile, scaled(velocity), sent);
}

Status PtzOperations::stop()
{
    // The client falls back to a zero-velocity move on cameras without Stop.
    return m_client->stop(m_profile);
}

Status PtzOperations::moveFor(const PtzVelocity &velocity, std::chrono::milliseconds duration)
{
    auto started = move(velocity, duration + std::chrono::milliseconds(1000));
    if (!started)
        return started;
    QThread::msleep(static_cast<unsigned long>(duration.count()));
    return stop();
}

} // namespace pontive::core
