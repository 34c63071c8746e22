#pragma once

namespace pontive::core::gst {

// The threads GStreamer runs for a pipeline (rtspsrc's receiving task, the jitter
// buffers' decoding threads, RTCP and pool threads) run below the threads that drive the
// pipelines (the GUI, the builder, the reaper): when the CPU is short, the operator's
// clicks, PTZ moves and painting come first and the decoders take what is left (the
// key-frame governor then sheds load).

// Marks the calling thread as one that drives pipelines: it keeps its priority.
void markControlThread();

// From a bus sync handler, in the posting thread: lowers that thread once unless it is a
// control thread.
void lowerIfStreamingThread();

} // namespace pontive::core::gst
