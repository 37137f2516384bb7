#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "data/Distortion.h"
#include "data/Omniglot.h"
#include "data/PairSampler.h"

namespace oneshot::data {

/// One training batch as plain floats: [count, 1, side, side] for each twin, ink 1 paper 0. In a
/// data-parallel run it is one rank's share of the global batch: views [offset, offset + count)
/// of the globalCount views that batch `index` holds whatever the number of ranks.
struct Batch
{
    int index = 0; ///< batch number within the epoch
    int count = 0;
    int globalCount = 0; ///< views in the whole batch (all ranks)
    int offset = 0;      ///< this share's first view within the whole batch
    std::vector<float> left;
    std::vector<float> right;
    std::vector<float> labels; ///< 1 same, 0 different
    /// The class of each left image (poseClass(): the character, and its pose with rotated or
    /// mirrored classes): the batch's cross pairs are negatives where the classes differ.
    std::vector<std::int64_t> leftCharacters;
    std::vector<std::int64_t> rightCharacters; ///< and of each right one
    /// The whole batch's labels and classes (globalCount each) when this is one rank's share;
    /// empty otherwise. The cross-pair loss terms compare every left image with every right one.
    std::vector<float> allLabels;
    std::vector<std::int64_t> allLeftCharacters;
    std::vector<std::int64_t> allRightCharacters;
};

/// Views [first, last) of a global batch of `count` views that rank `rank` of `world` trains on.
inline std::pair<int, int> rankShare(int count, int rank, int world)
{
    return {static_cast<int>(static_cast<long long>(count) * rank / world),
            static_cast<int>(static_cast<long long>(count) * (rank + 1) / world)};
}

/// The image in a pose (Pair::poseA): mirrored left to right when the kMirrored bit is set, then
/// turned counter-clockwise by the quarter turns in bits 0-1; pose 0 returns it as it is.
cv::Mat posed(const cv::Mat &image, int pose);

/// Converts an Omniglot-style CV_8U image (ink dark) to network input floats (ink 1) at `side`.
void imageToInput(const cv::Mat &image, int side, float *dst);

struct BatchPlan
{
    int batchSize = 128;
    int side = 105;  ///< network input side; images are resized from 105
    int augment = 0; ///< K: each pair seen plain once plus K times distorted
    AffineParams distortion = AffineParams::koch();
    /// Each distorted view's transform depends only on (seed, pair id, copy), so a fixed pair set
    /// shows bit-identical views in every epoch; otherwise on (seed, epoch, view), so a batch
    /// holds the same views whatever share of it a rank builds.
    bool fixedViews = false;
    std::uint64_t seed = 42;
    int threads = 2; ///< preparing threads
    int depth = 4;   ///< batches prepared ahead
    int rank = 0;    ///< data-parallel: this rank builds its share of each batch (rankShare)
    int world = 1;
};

/// Prepares the batches of one epoch ahead on worker threads, in a fixed order: batch k's
/// content depends only on (seed, epoch, k), never on thread timing, so runs are reproducible
/// and a resumed run sees the same data. The epoch holds pairs * (augment + 1) views.
class BatchQueue
{
public:
    BatchQueue(const Omniglot &data, std::vector<Pair> pairs, int epoch, const BatchPlan &plan, int firstBatch = 0);
    ~BatchQueue();
    BatchQueue(const BatchQueue &) = delete;
    BatchQueue &operator=(const BatchQueue &) = delete;

    int batchCount() const { return m_batchCount; }
    int viewCount() const { return m_viewCount; }
    /// Blocks until the next batch is ready; false when the epoch is done or stop() was called.
    bool pop(Batch &batch);
    void stop();
    /// Microseconds the consumer spent waiting in pop() (the network waiting for data).
    std::int64_t waitedMicros() const { return m_waited.load(); }

    /// Builds batch k directly (what a worker does); used by tests and benchmarks.
    Batch build(int k) const;

private:
    void work();

    const Omniglot &m_data;
    std::vector<Pair> m_pairs;
    int m_epoch;
    BatchPlan m_plan;
    int m_viewCount;
    int m_batchCount;

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::map<int, Batch> m_done;
    int m_nextToBuild;
    int m_nextToPop;
    bool m_stopped = false;
    std::atomic<std::int64_t> m_waited{0};
    std::vector<std::thread> m_workers;
};

} // namespace oneshot::data
