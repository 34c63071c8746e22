#include "health_debouncer.h"

namespace pontive::core {

HealthDebouncer::HealthDebouncer(DebounceSettings settings, HealthClock clock)
    : m_settings(settings), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return std::chrono::system_clock::now(); };
    m_settings.failures = std::max(1, m_settings.failures);
}

void HealthDebouncer::restore(qint64 cameraId, const DebounceState &state)
{
    m_states.insert(cameraId, state);
}

HealthDebouncer::Decision HealthDebouncer::observe(qint64 cameraId, const ProbeResult &result)
{
    const auto now = m_clock();
    DebounceState &s = m_states[cameraId];
    std::optional<HealthEvent> event;
    if (result.ok) {
        if (s.status == CameraStatus::Offline) {
            event = HealthEvent{HealthEvent::Kind::BackOnline, s.firstFailure.value_or(now), now, s.lastSymptom,
                                s.failures};
        } else if (s.failures > 0) {
            event = HealthEvent{HealthEvent::Kind::Blip, s.firstFailure.value_or(now), now, s.lastSymptom, s.failures};
        } else if (s.status == CameraStatus::Unknown) {
            event = HealthEvent{HealthEvent::Kind::FirstOnline, now, now, ProbeSymptom::None, 0};
        }
        s = DebounceState{CameraStatus::Online, 0, std::nullopt, ProbeSymptom::None};
        return {s, event};
    }
    ++s.failures;
    s.lastSymptom = result.symptom;
    if (!s.firstFailure)
        s.firstFailure = now;
    if (s.status != CameraStatus::Offline && s.failures >= m_settings.failures
        && now - *s.firstFailure >= m_settings.minSpan) {
        s.status = CameraStatus::Offline;
        event = HealthEvent{HealthEvent::Kind::WentOffline, *s.firstFailure, now, result.symptom, s.failures};
    }
    return {s, event};
}

} // namespace pontive::core
