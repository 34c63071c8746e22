#pragma once

#include <QSize>
#include <QString>

#include <chrono>
#include <vector>

namespace pontive::core {

enum class RtspTransport { Tcp, Udp };

// How one stream session connects and watches its camera.
struct StreamOptions {
    QString url; // may hold credentials; never logged unredacted
    RtspTransport transport = RtspTransport::Tcp;
    std::chrono::milliseconds latency{200};
    std::chrono::milliseconds tcpTimeout{5000};
    // Frames are scaled to this size inside GStreamer (letterboxed, square pixels);
    // empty keeps the camera's size.
    QSize targetSize;
    // No frame for this long on an open connection: Stalled.
    std::chrono::milliseconds stallTimeout{5000};
    // Stalled for this long more: rebuild the pipeline (rtspsrc alone notices a dead
    // TCP link only after ~20 s).
    std::chrono::milliseconds stallReconnectAfter{5000};
    // Waits between reconnect attempts; the last repeats forever.
    std::vector<std::chrono::milliseconds> backoff{std::chrono::seconds(1), std::chrono::seconds(2),
                                                   std::chrono::seconds(5), std::chrono::seconds(10),
                                                   std::chrono::seconds(30)};
    // Wait after a failure retrying will not fix soon (wrong password, not found,
    // unsupported codec): no retry storm against a camera that locks accounts.
    std::chrono::milliseconds offlineRetry{std::chrono::seconds(60)};
    // Drop delta frames before the decoder: for tiny, hidden or overloaded tiles.
    bool keyframesOnly = false;
};

} // namespace pontive::core
