#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace pontive::core {

enum class StreamState {
    Stopped,
    Connecting,
    Playing,
    Stalled,      // connection open, no frame for the stall timeout
    Reconnecting, // waiting for the next attempt after a transient failure
    Offline,      // a failure retrying will not fix soon (e.g. wrong password)
};

enum class OfflineReason {
    None,
    Refused,
    Unreachable, // no route, no answer, timeout
    AuthenticationFailed,
    NotFound,
    UnsupportedCodec,
    DecodeError,
    ConnectionLost, // the server closed the stream (EOS or a broken link)
    BadUrl,
    Internal,
};

// What the UI shows for one stream. 'reason' holds the last failure while reconnecting
// too, so a tile can say why it is waiting.
struct StreamStatus {
    StreamState state = StreamState::Stopped;
    OfflineReason reason = OfflineReason::None;
    int attempt = 0;                                        // reconnect attempt, from 1
    std::chrono::steady_clock::time_point nextTry;          // when reconnecting/offline
    QString detail;                                         // English, redacted, for logs

    bool operator==(const StreamStatus &) const = default;
};

// Operator-visible texts (translated).
class StreamStatusText
{
    Q_DECLARE_TR_FUNCTIONS(StreamStatusText)
public:
    static QString state(StreamState state);
    static QString reason(OfflineReason reason);
    // "Reconnecting: connection refused (attempt 3, next try in 5 s)"
    static QString describe(const StreamStatus &status, std::chrono::steady_clock::time_point now);
};

// English names for logs and test output.
const char *toString(StreamState state);
const char *toString(OfflineReason reason);

} // namespace pontive::core
