#pragma once

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace oneshot::ui {

/// Lowers the calling thread's priority (Linux: nice 10 for this thread alone), for the training
/// and reproduction threads. The threads they start (the batch queue, OpenMP's and OpenBLAS's
/// teams) inherit it. Training keeps every core the GUI leaves idle, but when both want a core the
/// GUI thread wins, so a chart redraw is not stretched by the scheduler's fair share: on 2 cores
/// with 2 training threads, the GUI's pauses in a 30-minute soak reached 70 ms without it.
inline void yieldToTheGui()
{
#ifdef __linux__
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

} // namespace oneshot::ui
