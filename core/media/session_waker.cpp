#include "session_waker.h"

#include <QSocketNotifier>
#include <QTimer>

namespace pontive::core::gst {

SessionWaker::SessionWaker(std::chrono::milliseconds rest)
    : m_queue(std::make_shared<WakeQueue>()), m_rest(std::make_unique<QTimer>())
{
    m_rest->setSingleShot(true);
    m_rest->setTimerType(Qt::PreciseTimer);
    m_rest->setInterval(rest);
    if (m_queue->isValid()) {
        m_notifier = std::make_unique<QSocketNotifier>(m_queue->fd(), QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] { onReadable(); });
        QObject::connect(m_rest.get(), &QTimer::timeout, m_notifier.get(), [this] { m_notifier->setEnabled(true); });
    }
}

SessionWaker::~SessionWaker() = default;

WakeQueue::Key SessionWaker::enrol(std::function<void()> onWake)
{
    const WakeQueue::Key key = m_nextKey++;
    m_sessions.emplace(key, std::move(onWake));
    return key;
}

void SessionWaker::leave(WakeQueue::Key key)
{
    m_sessions.erase(key);
}

void SessionWaker::onReadable()
{
    if (m_rest->interval() > 0) {
        m_notifier->setEnabled(false);
        m_rest->start();
    }
    // A local list: a callback may run a nested event loop that comes back here.
    std::vector<WakeQueue::Key> keys = std::move(m_taken);
    m_queue->takeAll(keys);
    for (const WakeQueue::Key key : keys) {
        // Looked up each time: a callback may remove other sessions (or its own).
        if (const auto found = m_sessions.find(key); found != m_sessions.end()) {
            const auto onWake = found->second; // a copy: the session may leave while called
            onWake();
        }
    }
    m_taken = std::move(keys);
}

} // namespace pontive::core::gst
