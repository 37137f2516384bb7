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
/// GUI thread wins, so a chart redraw is not stretched by the scheduler's fair share. (It did not
/// bring the soak's worst pause under 50 ms on 2 cores: 70 ms before, 71 ms after, other changes
/// between; the redraws themselves are the larger cost.)
inline void yieldToTheGui()
{
#ifdef __linux__
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

} // namespace oneshot::ui
