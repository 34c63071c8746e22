#include "probe_symptom.h"

#include <array>
#include <utility>

namespace pontive::core {

namespace {

constexpr std::array kKeys{
    std::pair{ProbeSymptom::None, "none"},          std::pair{ProbeSymptom::Refused, "refused"},
    std::pair{ProbeSymptom::Unreachable, "unreachable"}, std::pair{ProbeSymptom::Timeout, "timeout"},
    std::pair{ProbeSymptom::Auth, "auth"},          std::pair{ProbeSymptom::NotFound, "not_found"},
    std::pair{ProbeSymptom::StreamError, "stream_error"},
};

} // namespace

QString toKey(ProbeSymptom v)
{
    for (const auto &[symptom, key] : kKeys)
        if (symptom == v)
            return QString::fromLatin1(key);
    return QStringLiteral("none");
}

std::optional<ProbeSymptom> parseProbeSymptom(const QString &key)
{
    for (const auto &[symptom, text] : kKeys)
        if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return symptom;
    return std::nullopt;
}

OfflineCause suggestedCause(ProbeSymptom symptom)
{
    switch (symptom) {
    case ProbeSymptom::Refused:
    case ProbeSymptom::Auth:
    case ProbeSymptom::NotFound:
    case ProbeSymptom::StreamError: return OfflineCause::Camera;
    // No route to the host: nothing answers on the segment, most often a dead supply.
    case ProbeSymptom::Unreachable: return OfflineCause::Power;
    // Packets vanish on the way: the fiber or wireless link.
    case ProbeSymptom::Timeout: return OfflineCause::Media;
    case ProbeSymptom::None: break;
    }
    return OfflineCause::Unknown;
}

QString HealthTerms::name(ProbeSymptom v)
{
    switch (v) {
    case ProbeSymptom::None: return tr("none");
    case ProbeSymptom::Refused: return tr("refused");
    case ProbeSymptom::Unreachable: return tr("unreachable");
    case ProbeSymptom::Timeout: return tr("timeout");
    case ProbeSymptom::Auth: return tr("authentication failed");
    case ProbeSymptom::NotFound: return tr("stream not found");
    case ProbeSymptom::StreamError: return tr("stream error");
    }
    return {};
}

} // namespace pontive::core
