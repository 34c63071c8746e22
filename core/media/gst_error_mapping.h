#pragma once

// Private to core/media.

#include "stream_status.h"

#include <gst/gst.h>

namespace pontive::core::gst {

// Which operator-facing reason a GStreamer error stands for.
OfflineReason classifyError(const GError *error, const char *debug);

// Whether retrying soon can help (refused, timeouts, lost links) or not (wrong
// password, not found, unsupported codec).
bool isTransient(OfflineReason reason);

} // namespace pontive::core::gst
