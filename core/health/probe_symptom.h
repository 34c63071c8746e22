#pragma once

#include "domain/camera_enums.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pontive::core {

// What a failed probe saw. The office's cause (camera, power, media) is a human finding;
// the symptom only suggests one.
enum class ProbeSymptom { None, Refused, Unreachable, Timeout, Auth, NotFound, StreamError };

// Stable keys for the store and exports ("refused", "stream_error", ...).
QString toKey(ProbeSymptom v);
std::optional<ProbeSymptom> parseProbeSymptom(const QString &key);

// The cause an operator is offered first: a port that refuses or a camera that answers
// wrongly is the camera itself; a host that does not answer at all has lost power or its
// link. Confirmed or corrected by the operator.
OfflineCause suggestedCause(ProbeSymptom symptom);

class HealthTerms
{
    Q_DECLARE_TR_FUNCTIONS(HealthTerms)
public:
    static QString name(ProbeSymptom v);
};

} // namespace pontive::core
