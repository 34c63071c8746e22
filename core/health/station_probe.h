#pragma once

#include "camera_probe.h"

#include <chrono>
#include <memory>

namespace pontive::core {

class LiveStreamBoard;

// The probe a station runs, the same in pontive-wall and pontivectl: the stream engine's
// state for cameras on screen (when a board is given), else RTSP OPTIONS/DESCRIBE, then
// ONVIF GetSystemDateAndTime for cameras with an ONVIF address.
std::shared_ptr<CameraProbe> makeStationProbe(std::shared_ptr<const LiveStreamBoard> board,
                                              std::chrono::milliseconds timeout = std::chrono::seconds(5));

} // namespace pontive::core
