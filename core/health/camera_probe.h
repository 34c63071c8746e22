#pragma once

#include "probe_result.h"

#include <functional>

namespace pontive::core {

// Anything that can tell whether a camera answers: the RTSP prober here, the ONVIF
// GetSystemDateAndTime probe of the ONVIF module, or the stream engine's own state.
// start() returns at once; `done` is called exactly once, on the caller's thread.
class CameraProbe
{
public:
    using Done = std::function<void(const ProbeResult &)>;
    virtual ~CameraProbe() = default;
    virtual void start(const ProbeTarget &target, Done done) = 0;
};

} // namespace pontive::core
