#pragma once

#include "error.h"
#include "onvif_client.h"
#include "ptz_velocity.h"

#include <QCoreApplication>

#include <chrono>
#include <optional>

namespace pontive::core {

// A camera's PTZ as the ONVIF controller and pontivectl both use it: the profile, the
// ranges, and the moves scaled into them. Blocking: call on a worker thread (or from a
// command-line tool). One function per thing, so a button and a command do the same.
class PtzOperations
{
    Q_DECLARE_TR_FUNCTIONS(PtzOperations)
public:
    // `profile` empty: the first media profile with a PTZ configuration.
    static Result<PtzOperations> open(onvif::OnvifClient &client, const QString &profile = {});

    const QString &profile() const { return m_profile; }
    const onvif::PtzRanges &ranges() const { return m_ranges; }

    // The normalised velocity scaled into the camera's velocity ranges.
    onvif::PtzVector scaled(const PtzVelocity &velocity) const;
    // The Timeout sent with ContinuousMove, clamped into the camera's allowed range.
    std::chrono::milliseconds moveTimeout(std::chrono::milliseconds wanted) const;

    Status move(const PtzVelocity &velocity, std::optional<std::chrono::milliseconds> timeout);
    Status stop();
    // Moves for `duration`, then Stop (the Timeout as a safety net in case we die).
    Status moveFor(const PtzVelocity &velocity, std::chrono::milliseconds duration);

private:
    PtzOperations(onvif::OnvifClient &client, QString profile, onvif::PtzRanges ranges);
    onvif::OnvifClient *m_client;
    QString m_profile;
    onvif::PtzRanges m_ranges;
};

} // namespace pontive::core
