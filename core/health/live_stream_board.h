#pragma once

#include "media/stream_status.h"

#include <QHash>
#include <QMutex>

#include <optional>

namespace pontive::core {

// What the stream engine knows of the cameras on screen: their state and, while live,
// frames and bits per second. The wall writes it on the GUI thread; the health monitor's
// probe and the health view read it from theirs. Thread-safe; cheap copies out.
class LiveStreamBoard
{
public:
    struct Entry {
        StreamState state = StreamState::Stopped;
        OfflineReason reason = OfflineReason::None;
        QString detail;
        double fps = 0.0;
        double kbitPerSecond = 0.0;
    };

    // Replaces everything: the cameras on screen now (a camera on two tiles: the better).
    void publish(const QHash<qint64, Entry> &entries);
    std::optional<Entry> find(qint64 cameraId) const;
    QHash<qint64, Entry> all() const;

private:
    mutable QMutex m_mutex;
    QHash<qint64, Entry> m_entries;
};

} // namespace pontive::core
