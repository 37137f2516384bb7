#pragma once

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace oneshot {

/// Runs body(i) for i in [0, count) on up to `threads` threads, in contiguous chunks.
/// The first exception thrown by any body is rethrown on the calling thread after all join.
inline void parallelFor(int count, int threads, const std::function<void(int)> &body)
{
    threads = std::max(1, std::min(threads, count));
    if (threads == 1) {
        for (int i = 0; i < count; ++i)
            body(i);
        return;
    }
    std::exception_ptr firstError;
    std::mutex errorMutex;
    std::vector<std::thread> workers;
    workers.reserve(threads);
    for (int t = 0; t < threads; ++t) {
        const int begin = static_cast<int>(static_cast<long long>(count) * t / threads);
        const int end = static_cast<int>(static_cast<long long>(count) * (t + 1) / threads);
        workers.emplace_back([&, begin, end] {
            try {
                for (int i = begin; i < end; ++i)
                    body(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (!firstError)
                    firstError = std::current_exception();
            }
        });
    }
    for (auto &w : workers)
        w.join();
    if (firstError)
        std::rethrow_exception(firstError);
}

/// Threads to use when the caller gives 0: all hardware threads.
inline int defaultThreads(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

/// Threads for LibTorch's operations (its OpenMP team, which OpenBLAS and oneDNN share): the
/// request (0: every hardware thread), but no more than OMP_NUM_THREADS where that is set, as a
/// batch system or a shared server sets it to share cores out. LibTorch's own default honours it;
/// torch::set_num_threads would not. The ThreadSanitizer build sets it to 1: libgomp is not
/// instrumented, so its workers' reads of what the calling thread wrote before the parallel region
/// look like races.
inline int computeThreads(int requested)
{
    const int threads = defaultThreads(requested);
    const char *cap = std::getenv("OMP_NUM_THREADS");
    const int limit = cap ? std::atoi(cap) : 0;
    return limit > 0 ? std::min(threads, limit) : threads;
}

} // namespace oneshot
