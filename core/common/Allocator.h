#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace oneshot {

/// How many malloc arenas a program allows. glibc gives each thread that allocates while the
/// others' arenas are busy an arena of its own, up to 8 per core; each keeps its high-water mark.
enum class Arenas {
    /// Four: in a 30-minute GUI soak with embedding maps on the thread pool and no trimming, 16
    /// arenas of 64-128 MiB took resident memory from 1.5 to 2.3 GiB; four bound that, and even
    /// two (MALLOC_ARENA_MAX=2) left bench_train's CPU preset within 2 % of the default (517 and
    /// 503 against 522 and 513 pairs/s, alternating runs). For programs that do not trim.
    Four,
    /// glibc's default, in practice one per thread: for the GUI, which hands freed memory back
    /// every half minute (releaseFreedMemory). malloc_trim holds each arena's lock while it
    /// walks it, and with four arenas for nine threads the GUI thread shared its arena with a
    /// training thread: a soak caught it blocked for 80 ms in a malloc while the trim walked
    /// that arena's freed tensors. With an arena per thread the GUI thread's holds its own
    /// memory alone.
    OnePerThread,
};

/// Keeps freed memory in the process heap instead of handing it back to the kernel. A training
/// step allocates and frees tensors of tens of megabytes; with glibc's defaults each of those is
/// a fresh mmap whose pages fault in and get zeroed on every step, which cost about a quarter of
/// the CPU time of a step here (measured with perf on bench_train). Call it once, early: the
/// first call decides (the GUI's, before the trainer's own call for other hosts).
inline void keepFreedMemory(Arenas arenas = Arenas::Four)
{
    static std::atomic<bool> done{false};
    if (done.exchange(true))
        return;
#if defined(__GLIBC__)
    mallopt(M_MMAP_MAX, 0);             // large blocks come from the heap too
    mallopt(M_TRIM_THRESHOLD, 1 << 30); // and are not trimmed back after each step
    mallopt(M_TOP_PAD, 64 << 20);
    if (arenas == Arenas::Four)
        mallopt(M_ARENA_MAX, 4);
#else
    (void)arenas;
#endif
}

/// When the last releaseFreedMemory() began and ended, in nanoseconds of the steady clock (0
/// before the first, end 0 while one runs): the soak sets the GUI thread's pauses beside them,
/// because malloc_trim holds each arena's lock while it walks that arena.
struct TrimTimes
{
    std::atomic<std::int64_t> startNs{0};
    std::atomic<std::int64_t> endNs{0};
};
inline TrimTimes &lastTrim()
{
    static TrimTimes times;
    return times;
}

/// Hands the freed memory in the heap back to the kernel (glibc's malloc_trim: the free top of
/// every arena, and the free pages inside them). The GUI calls it every half minute on a worker
/// thread: its one-off jobs (an embedding map, a confusion matrix, a board of your own
/// characters) land in whichever arena is free and would otherwise leave each arena at its own
/// high-water mark; the next training step faults in what it needs again, once.
inline void releaseFreedMemory()
{
#if defined(__GLIBC__)
    const auto now = [] {
        return std::int64_t(
            std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                .count());
    };
    lastTrim().endNs = 0;
    lastTrim().startNs = now();
    malloc_trim(0);
    lastTrim().endNs = now();
#endif
}

} // namespace oneshot
