#pragma once

// Private to core/media: what the streaming threads of one pipeline share with its
// session. Streaming threads only touch atomics, the slot and the guarded fields, and
// wake the session with one queued call at a time (coalesced).

#include "frame_slot.h"
#include "stream_stats.h"

#include <QObject>
#include <QSize>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>

namespace pontive::core::gst {

class BuiltPipeline;

struct PipelineShared {
    std::shared_ptr<FrameSlot> slot;
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

    std::mutex mutex; // guards the fields below
    QObject *receiver = nullptr; // cleared before the receiver goes away
    std::function<void()> onFrame; // runs in the receiver's thread
    std::function<void(std::shared_ptr<BuiltPipeline>)> onBuilt; // likewise (PipelineBuilder)
    QString codec;
    QString decoder;
    DecoderKind decoderKind = DecoderKind::Unknown;
    QSize resolution;

    // Streaming thread: asks the receiver's thread to look at the slot, at most one
    // request in flight.
    void notifyFrame()
    {
        if (notifyPending.exchange(true))
            return;
        std::lock_guard lock(mutex);
        if (receiver && onFrame)
            QMetaObject::invokeMethod(receiver, onFrame, Qt::QueuedConnection);
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
        std::lock_guard lock(mutex);
        receiver = nullptr;
        onFrame = nullptr;
        onBuilt = nullptr;
    }
};

} // namespace pontive::core::gst
