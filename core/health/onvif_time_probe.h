#pragma once

#include "camera_probe.h"
#include "probe_chain.h"

#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <memory>

namespace pontive::core {

// ONVIF GetSystemDateAndTime through pontive_onvif's client, for cameras with an ONVIF
// address: the ProbeChain's hook. Each call runs on a small pool of its own (the client
// blocks); the answer comes back on the caller's thread. In its own target
// (pontive_health_onvif) so pontive_core does not need the ONVIF library.
class OnvifTimeProbe : public CameraProbe
{
public:
    explicit OnvifTimeProbe(std::chrono::milliseconds timeout = std::chrono::seconds(5), int threads = 4);
    ~OnvifTimeProbe() override;   // waits for calls still running
    void start(const ProbeTarget &target, Done done) override;

    // The hook for ProbeChain; keeps `probe` alive as long as the chain.
    static ProbeChain::OnvifHook hook(std::shared_ptr<OnvifTimeProbe> probe);

private:
    std::chrono::milliseconds m_timeout;
    QThreadPool m_pool;
};

} // namespace pontive::core
