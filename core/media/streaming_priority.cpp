#include "streaming_priority.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pontive::core::gst {

namespace {
// Per thread, not per process: on Linux a nice value belongs to one thread, and threads
// a lowered thread creates inherit it. The lowest: at 8x8 on 2 cores, 64 decoding
// threads at nice 10 still outweighed the GUI thread (weights 64 x 110 against 1024),
// which waited for a CPU 45-50 % of the time, up to 76 ms at once; at nice 19
// (64 x 15) it waited 23-27 %, longest 43-57 ms, with as many frames shown.
constexpr int kStreamingNice = 19;

enum class ThreadRole { Unknown, Control, Streaming };
thread_local ThreadRole t_role = ThreadRole::Unknown;
} // namespace

void markControlThread()
{
    t_role = ThreadRole::Control;
}

void lowerIfStreamingThread()
{
    if (t_role != ThreadRole::Unknown)
        return;
    t_role = ThreadRole::Streaming;
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kStreamingNice);
}

} // namespace pontive::core::gst
