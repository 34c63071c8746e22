#pragma once

#include "stream_status.h"

#include <QString>

namespace pontive::core {

// A bus message, translated once at the GStreamer wrapper into what a session acts on.
struct PipelineEvent {
    enum class Kind { Error, EndOfStream, Playing, Warning };
    Kind kind = Kind::Error;
    OfflineReason reason = OfflineReason::None;
    QString detail; // English, redacted
};

} // namespace pontive::core
