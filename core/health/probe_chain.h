#pragma once

#include "camera_probe.h"

#include <functional>
#include <memory>

namespace pontive::core {

// The RTSP probe first, then, for a camera with an ONVIF address, the ONVIF hook
// (GetSystemDateAndTime, plugged in by the ONVIF module). A camera counts as answering
// only when both do; without a hook the RTSP answer decides.
class ProbeChain : public CameraProbe
{
public:
    using OnvifHook = std::function<void(const ProbeTarget &, CameraProbe::Done)>;

    ProbeChain(std::shared_ptr<CameraProbe> rtsp, OnvifHook onvif = {});
    void start(const ProbeTarget &target, Done done) override;

private:
    std::shared_ptr<CameraProbe> m_rtsp;
    OnvifHook m_onvif;
};

} // namespace pontive::core
