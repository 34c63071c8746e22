#pragma once

#include "domain/camera_enums.h"
#include "probe_result.h"

#include <QHash>

#include <chrono>
#include <functional>
#include <optional>

namespace pontive::core {

using HealthClock = std::function<std::chrono::system_clock::time_point()>;

struct DebounceSettings {
    int failures = 3;                                   // failures in a row before offline
    std::chrono::milliseconds minSpan = std::chrono::minutes(2);  // first to last failure
};

// One camera's probe streak; stored so a restart (or `health check --once` from cron)
// continues the count.
struct DebounceState {
    CameraStatus status = CameraStatus::Unknown;
    int failures = 0;
    std::optional<std::chrono::system_clock::time_point> firstFailure;
    ProbeSymptom lastSymptom = ProbeSymptom::None;
};

struct HealthEvent {
    enum class Kind { WentOffline, BackOnline, FirstOnline, Blip };
    Kind kind = Kind::Blip;
    std::chrono::system_clock::time_point start;  // offline/blip: the first failure
    std::chrono::system_clock::time_point end;    // back online/blip: the first success
    ProbeSymptom symptom = ProbeSymptom::None;
    int failures = 0;
};

// Turns probe answers into status changes: offline only after `failures` failures in a
// row spanning at least `minSpan`; online again at the first success; a shorter drop is
// a blip, kept without an alarm. Pure: time comes from the injected clock.
class HealthDebouncer
{
public:
    struct Decision {
        DebounceState state;
        std::optional<HealthEvent> event;
    };

    explicit HealthDebouncer(DebounceSettings settings = {}, HealthClock clock = {});

    void restore(qint64 cameraId, const DebounceState &state);
    Decision observe(qint64 cameraId, const ProbeResult &result);
    DebounceState state(qint64 cameraId) const { return m_states.value(cameraId); }
    const DebounceSettings &settings() const { return m_settings; }

private:
    DebounceSettings m_settings;
    HealthClock m_clock;
    QHash<qint64, DebounceState> m_states;
};

} // namespace pontive::core
