#pragma once

#include "camera_probe.h"

#include <chrono>

namespace pontive::core {

// The RTSP probe: OPTIONS and DESCRIBE with authentication, one short-lived session per
// call, on the calling thread's event loop.
class RtspCameraProbe : public CameraProbe
{
public:
    explicit RtspCameraProbe(std::chrono::milliseconds timeout = std::chrono::seconds(5)) : m_timeout(timeout) {}
    void start(const ProbeTarget &target, Done done) override;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace pontive::core
