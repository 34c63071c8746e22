#pragma once

// Private to core/media: what the streaming threads of one pipeline share with its
// session. Streaming threads only touch atomics, the slot and the guarded fields, and
// wake the session through the engine's wake queue, once per frame until the session
// looked (coalesced).

#include "frame_slot.h"
#include "pipeline_event.h"
#include "stream_stats.h"
#include "wake_queue.h"

#include <QObject>
#include <QSize>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace pontive::core::gst {

class BuiltPipeline;

struct PipelineShared {
    std::shared_ptr<FrameSlot> slot;
    // The engine's, and the session's key in it; set before the build, then fixed.
    std::shared_ptr<WakeQueue> wake;
    WakeQueue::Key wakeKey = 0;
    std::atomic<std::uint64_t> framesIn{0};
    std::atomic<std::uint64_t> framesDropped{0};
    std::atomic<std::uint64_t> bytesIn{0};
    std::atomic<std::uint64_t> serial{0};
    std::atomic<bool> notifyPending{false};
    std::atomic<bool> keyframesOnly{false};
    // Streaming thread only: back to full rate, deltas still dropped until a key frame.
    std::atomic<bool> resumeAtKeyframe{false};
    std::atomic<bool> connected{false}; // rtspsrc has set up a stream
    // Handed over for teardown: nothing more is decoded (the teardown may wait on the
    // camera; meanwhile the old pipeline must not eat the CPU the new ones need).
    std::atomic<bool> retired{false};
    // steady_clock nanoseconds (0 = not yet): the phases of the time to first frame.
    std::atomic<std::int64_t> setUpAt{0};       // rtspsrc's stream pad appeared
    std::atomic<std::int64_t> firstUnitAt{0};   // the first access unit passed to the decoder

    // Guards the delivery of the built pipeline (PipelineBuilder): a lock of its own, so
    // that stats() never waits for a builder thread posting.
    std::mutex deliveryMutex;
    QObject *receiver = nullptr; // cleared before the receiver goes away
    std::function<void(std::shared_ptr<BuiltPipeline>)> onBuilt; // runs in the receiver's thread

    std::mutex mutex; // guards the fields below
    QString codec;
    QString decoder;
    DecoderKind decoderKind = DecoderKind::Unknown;
    QSize resolution;
    std::vector<PipelineEvent> events; // the bus's, translated, for the session

    // Streaming thread: asks the session to look at the slot, at most one request in
    // flight. A wake-up after the session moved on to another pipeline finds nothing new.
    void notifyFrame()
    {
        if (!notifyPending.exchange(true))
            wake->push(wakeKey);
    }
    // Any thread (the bus's sync handler).
    void postEvent(PipelineEvent event)
    {
        {
            std::lock_guard lock(mutex);
            events.push_back(std::move(event));
        }
        wake->push(wakeKey);
    }
    std::vector<PipelineEvent> takeEvents()
    {
        std::lock_guard lock(mutex);
        return std::exchange(events, {});
    }
    static std::int64_t now()
    {
        return std::chrono::steady_clock::now().time_since_epoch().count();
    }
    static void markOnce(std::atomic<std::int64_t> &at)
    {
        std::int64_t unset = 0;
        at.compare_exchange_strong(unset, now(), std::memory_order_relaxed);
    }
    void detach()
    {
        retired = true;
        std::lock_guard lock(deliveryMutex);
        receiver = nullptr;
        onBuilt = nullptr;
    }
};

} // namespace pontive::core::gst
