#include "stream_status.h"

namespace pontive::core {

QString StreamStatusText::state(StreamState state)
{
    switch (state) {
    case StreamState::Stopped: return tr("Stopped");
    case StreamState::Connecting: return tr("Connecting");
    case StreamState::Playing: return tr("Playing");
    case StreamState::Stalled: return tr("No signal");
    case StreamState::Reconnecting: return tr("Reconnecting");
    case StreamState::Offline: return tr("Offline");
    }
    return {};
}

QString StreamStatusText::reason(OfflineReason reason)
{
    switch (reason) {
    case OfflineReason::None: return {};
    case OfflineReason::Refused: return tr("connection refused");
    case OfflineReason::Unreachable: return tr("camera unreachable (timeout)");
    case OfflineReason::AuthenticationFailed: return tr("authentication failed");
    case OfflineReason::NotFound: return tr("stream not found");
    case OfflineReason::UnsupportedCodec: return tr("unsupported codec");
    case OfflineReason::DecodeError: return tr("decode error");
    case OfflineReason::ConnectionLost: return tr("connection lost");
    case OfflineReason::BadUrl: return tr("invalid stream address");
    case OfflineReason::Internal: return tr("internal error");
    }
    return {};
}

QString StreamStatusText::describe(const StreamStatus &status, std::chrono::steady_clock::time_point now)
{
    // Why before when: a narrow tile cuts the end of the line off.
    QString text = state(status.state);
    if (status.reason != OfflineReason::None && status.state != StreamState::Playing)
        text += QStringLiteral(": ") + reason(status.reason);
    if ((status.state == StreamState::Reconnecting || status.state == StreamState::Offline) && status.nextTry > now) {
        const auto seconds = std::chrono::ceil<std::chrono::seconds>(status.nextTry - now).count();
        text += QLatin1Char(' ') + tr("(attempt %1, next try in %2 s)").arg(status.attempt).arg(seconds);
    }
    return text;
}

const char *toString(StreamState state)
{
    switch (state) {
    case StreamState::Stopped: return "stopped";
    case StreamState::Connecting: return "connecting";
    case StreamState::Playing: return "playing";
    case StreamState::Stalled: return "stalled";
    case StreamState::Reconnecting: return "reconnecting";
    case StreamState::Offline: return "offline";
    }
    return "?";
}

const char *toString(OfflineReason reason)
{
    switch (reason) {
    case OfflineReason::None: return "none";
    case OfflineReason::Refused: return "refused";
    case OfflineReason::Unreachable: return "unreachable";
    case OfflineReason::AuthenticationFailed: return "authentication failed";
    case OfflineReason::NotFound: return "not found";
    case OfflineReason::UnsupportedCodec: return "unsupported codec";
    case OfflineReason::DecodeError: return "decode error";
    case OfflineReason::ConnectionLost: return "connection lost";
    case OfflineReason::BadUrl: return "bad url";
    case OfflineReason::Internal: return "internal";
    }
    return "?";
}

} // namespace pontive::core
