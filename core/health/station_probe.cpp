#include "station_probe.h"

#include "onvif_time_probe.h"
#include "probe_chain.h"
#include "rtsp_camera_probe.h"
#include "stream_state_probe.h"

namespace pontive::core {

std::shared_ptr<CameraProbe> makeStationProbe(std::shared_ptr<const LiveStreamBoard> board,
                                              std::chrono::milliseconds timeout)
{
    auto chain = std::make_shared<ProbeChain>(std::make_shared<RtspCameraProbe>(timeout),
                                              OnvifTimeProbe::hook(std::make_shared<OnvifTimeProbe>(timeout)));
    if (!board)
        return chain;
    return std::make_shared<StreamStateProbe>(std::move(board), std::move(chain));
}

} // namespace pontive::core
