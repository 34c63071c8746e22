#include "probe_chain.h"

namespace pontive::core {

ProbeChain::ProbeChain(std::shared_ptr<CameraProbe> rtsp, OnvifHook onvif)
    : m_rtsp(std::move(rtsp)), m_onvif(std::move(onvif))
{
}

void ProbeChain::start(const ProbeTarget &target, Done done)
{
    auto onvif = m_onvif;
    m_rtsp->start(target, [onvif, target, done = std::move(done)](const ProbeResult &rtsp) {
        if (!rtsp.ok || !onvif || target.onvifUrl.isEmpty()) {
            done(rtsp);
            return;
        }
        onvif(target, [done, rtsp](const ProbeResult &answer) {
            ProbeResult combined = answer;
            combined.elapsed += rtsp.elapsed;
            done(combined);
        });
    });
}

} // namespace pontive::core
