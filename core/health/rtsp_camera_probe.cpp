#include "rtsp_camera_probe.h"

#include "rtsp_probe_session.h"

namespace pontive::core {

void RtspCameraProbe::start(const ProbeTarget &target, Done done)
{
    // The session owns itself: it deletes itself once `done` has its answer.
    auto *session = new RtspProbeSession(target, m_timeout, std::move(done));
    session->start();
}

} // namespace pontive::core
