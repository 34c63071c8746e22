#pragma once

#include "camera_probe.h"
#include "media/stream_status.h"

#include <memory>
#include <optional>

namespace pontive::core {

class LiveStreamBoard;

// The stream engine's own word first, for cameras on screen: a playing stream is an
// answer without a probe; a stream offline (or waiting to reconnect) for a known reason
// is a failure with that symptom. Every other camera goes to the inner probe.
class StreamStateProbe : public CameraProbe
{
public:
    StreamStateProbe(std::shared_ptr<const LiveStreamBoard> board, std::shared_ptr<CameraProbe> inner);
    void start(const ProbeTarget &target, Done done) override;

    // The probe's verdict on one stream state; nullopt when the engine cannot tell yet.
    static std::optional<ProbeResult> verdict(StreamState state, OfflineReason reason, const QString &detail);
    static ProbeSymptom symptomOf(OfflineReason reason);

private:
    std::shared_ptr<const LiveStreamBoard> m_board;
    std::shared_ptr<CameraProbe> m_inner;
};

} // namespace pontive::core
