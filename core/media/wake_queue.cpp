#include "wake_queue.h"

namespace pontive::core::gst {

void WakeQueue::push(Key key) noexcept
{
    bool wasEmpty = false;
    {
        std::lock_guard lock(m_mutex);
        wasEmpty = m_keys.empty();
        // Allocates only until the vectors reached the wall's size: takeAll() swaps them.
        m_keys.push_back(key);
    }
    if (wasEmpty)
        m_fd.ring();
}

void WakeQueue::takeAll(std::vector<Key> &keys)
{
    keys.clear();
    // Drained before the keys are taken: a push after the take rings again and is seen on
    // the next pass. The other way round, a push between the take and the drain would
    // lose its ring and its key would wait for somebody else's.
    m_fd.drain();
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        m_fd.ring();
        return;
    }
    keys.swap(m_keys);
}

} // namespace pontive::core::gst
