#pragma once

#include "onvif_types.h"

#include <QList>

#include <chrono>
#include <mutex>
#include <optional>

namespace pontive::onvif {

// The simulated camera's pan/tilt/zoom: ContinuousMove velocities integrated over time
// (lazily, whenever someone looks), Stop and the move Timeout honoured, relative and
// absolute moves clamped into range, presets and home. Thread-safe: the SOAP threads
// command it while the video renderer reads position().
class SimPtzModel
{
public:
    using Clock = std::chrono::steady_clock;
    // Generic units per second at velocity 1: a full pan sweep (-1..1) takes 4 s.
    static constexpr double kUnitsPerSecond = 0.5;
    static constexpr int kMaxPresets = 32;
    static constexpr PtzRange kPanRange{-1, 1};
    static constexpr PtzRange kTiltRange{-1, 1};
    static constexpr PtzRange kZoomRange{0, 1};

    void continuousMove(const PtzVector &velocity, std::optional<std::chrono::milliseconds> timeout,
                        Clock::time_point now = Clock::now());
    void stop(bool panTilt = true, bool zoom = true, Clock::time_point now = Clock::now());
    void relativeMove(const PtzVector &delta, Clock::time_point now = Clock::now());
    void absoluteMove(const PtzVector &position, Clock::time_point now = Clock::now());
    void gotoHome(Clock::time_point now = Clock::now());
    void setHome(const PtzVector &position);

    PtzVector position(Clock::time_point now = Clock::now()) const;
    bool isMoving(Clock::time_point now = Clock::now()) const;
    PtzVector velocity() const;

    // Returns the token, or nothing when the preset table is full or the token unknown.
    std::optional<QString> setPreset(const QString &name, const QString &token = {},
                                     Clock::time_point now = Clock::now());
    bool gotoPreset(const QString &token, Clock::time_point now = Clock::now());
    bool removePreset(const QString &token);
    QList<PtzPreset> presets() const;

private:
    // Folds the motion so far into m_origin; the caller holds the lock.
    void settle(Clock::time_point now);
    PtzVector positionLocked(Clock::time_point now) const;

    mutable std::mutex m_mutex;
    PtzVector m_origin;              // position at m_since
    PtzVector m_velocity;
    Clock::time_point m_since{};
    std::optional<Clock::time_point> m_deadline;  // Timeout of the current ContinuousMove
    PtzVector m_home;
    QList<PtzPreset> m_presets;
    int m_nextPreset = 1;
};

} // namespace pontive::onvif
