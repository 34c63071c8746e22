#include "stream_state_probe.h"

#include "live_stream_board.h"

#include <QTimer>

namespace pontive::core {

StreamStateProbe::StreamStateProbe(std::shared_ptr<const LiveStreamBoard> board, std::shared_ptr<CameraProbe> inner)
    : m_board(std::move(board)), m_inner(std::move(inner))
{
}

ProbeSymptom StreamStateProbe::symptomOf(OfflineReason reason)
{
    switch (reason) {
    case OfflineReason::Refused: return ProbeSymptom::Refused;
    case OfflineReason::Unreachable: return ProbeSymptom::Unreachable;
    case OfflineReason::AuthenticationFailed: return ProbeSymptom::Auth;
    case OfflineReason::NotFound: return ProbeSymptom::NotFound;
    case OfflineReason::None: return ProbeSymptom::None;
    case OfflineReason::UnsupportedCodec:
    case OfflineReason::DecodeError:
    case OfflineReason::ConnectionLost:
    case OfflineReason::BadUrl:
    case OfflineReason::Internal: break;
    }
    return ProbeSymptom::StreamError;
}

std::optional<ProbeResult> StreamStateProbe::verdict(StreamState state, OfflineReason reason, const QString &detail)
{
    switch (state) {
    case StreamState::Playing: return ProbeResult::success(std::chrono::milliseconds(0));
    case StreamState::Offline:
    case StreamState::Reconnecting:
        if (reason == OfflineReason::None)
            return std::nullopt;
        return ProbeResult::failure(symptomOf(reason),
                                    QStringLiteral("stream engine: %1%2")
                                        .arg(QLatin1String(toString(reason)),
                                             detail.isEmpty() ? QString() : QString(QStringLiteral(" (") + detail + QLatin1Char(')'))));
    case StreamState::Stopped:
    case StreamState::Connecting:
    case StreamState::Stalled: break;
    }
    return std::nullopt;
}

void StreamStateProbe::start(const ProbeTarget &target, Done done)
{
    if (m_board) {
        if (const auto entry = m_board->find(target.cameraId)) {
            if (auto result = verdict(entry->state, entry->reason, entry->detail)) {
                // Answered on the next turn of the caller's loop, never inside start().
                QTimer::singleShot(0, [done = std::move(done), r = *result] { done(r); });
                return;
            }
        }
    }
    m_inner->start(target, std::move(done));
}

} // namespace pontive::core
