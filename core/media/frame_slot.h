#pragma once

#include "video_frame.h"

#include <mutex>
#include <optional>
#include <vector>

namespace pontive::core {

// Latest wins: the streaming thread puts, the consumer takes; a frame nobody took before
// the next one arrived counts as dropped. Thread-safe.
//
// A frame is freed by the thread that made it: the slot keeps a copy of every frame it
// handed out, and put() releases the copies the consumer has let go of. Freed on the GUI
// thread, a frame's memory went back to the streaming thread's malloc arena, whose lock a
// low-priority decoding thread could hold while preempted: the GUI thread slept up to 120 ms
// in free() at 64 tiles on 2 cores.
class FrameSlot
{
public:
    // True when an untaken frame was replaced (dropped).
    bool put(VideoFrame frame);
    // Never waits for the producer: while a put() is under way it returns nothing, and the
    // producer tells the consumer about the new frame after its put(). The producer is a
    // lowest-priority streaming thread, the consumer the GUI thread: preempted inside put()
    // on a busy machine, the producer held the GUI thread in take() for up to 100 ms
    // (8x8 on 2 cores).
    std::optional<VideoFrame> take();
    void clear();

private:
    std::mutex m_mutex;
    std::optional<VideoFrame> m_frame;
    std::vector<VideoFrame> m_handedOut;
};

} // namespace pontive::core
