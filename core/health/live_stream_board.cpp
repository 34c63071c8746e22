#include "live_stream_board.h"

namespace pontive::core {

void LiveStreamBoard::publish(const QHash<qint64, Entry> &entries)
{
    QMutexLocker lock(&m_mutex);
    m_entries = entries;
}

std::optional<LiveStreamBoard::Entry> LiveStreamBoard::find(qint64 cameraId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(cameraId);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

QHash<qint64, LiveStreamBoard::Entry> LiveStreamBoard::all() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

} // namespace pontive::core
