#include "data/BatchQueue.h"

#include <chrono>

#include <opencv2/imgproc.hpp>

namespace oneshot::data {

void imageToInput(const cv::Mat &image, int side, float *dst)
{
    cv::Mat src = image;
    if (image.cols != side || image.rows != side)
        cv::resize(image, src, cv::Size(side, side), 0, 0, cv::INTER_AREA);
    for (int y = 0; y < side; ++y) {
        const auto *row = src.ptr<std::uint8_t>(y);
        for (int x = 0; x < side; ++x)
            *dst++ = 1.0f - row[x] * (1.0f / 255.0f);
    }
}

cv::Mat posed(const cv::Mat &image, int pose)
{
    static constexpr cv::RotateFlags kTurn[]
        = {cv::ROTATE_90_COUNTERCLOCKWISE, cv::ROTATE_180, cv::ROTATE_90_CLOCKWISE};
    // Each step writes a new matrix: the input is the data set's own image and must not change.
    cv::Mat mirrored = image;
    if (pose & kMirrored) {
        mirrored = cv::Mat();
        cv::flip(image, mirrored, 1);
    }
    const int turns = pose & 3;
    if (turns == 0)
        return mirrored;
    cv::Mat out;
    cv::rotate(mirrored, out, kTurn[turns - 1]);
    return out;
}

BatchQueue::BatchQueue(const Omniglot &data, std::vector<Pair> pairs, int epoch, const BatchPlan &plan, int firstBatch)
    : m_data(data)
    , m_pairs(std::move(pairs))
    , m_epoch(epoch)
    , m_plan(plan)
    , m_viewCount(static_cast<int>(m_pairs.size()) * (plan.augment + 1))
    , m_batchCount((m_viewCount + plan.batchSize - 1) / plan.batchSize)
    , m_nextToBuild(firstBatch)
    , m_nextToPop(firstBatch)
{
    for (int t = 0; t < std::max(1, plan.threads); ++t)
        m_workers.emplace_back([this] { work(); });
}

BatchQueue::~BatchQueue()
{
    stop();
    for (auto &w : m_workers)
        w.join();
}

void BatchQueue::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
    }
    m_ready.notify_all();
    m_space.notify_all();
}

Batch BatchQueue::build(int k) const
{
    const int side = m_plan.side;
    const int pixels = side * side;
    const int first = k * m_plan.batchSize;
    const int globalCount = std::min(m_plan.batchSize, m_viewCount - first);
    const auto [lo, hi] = rankShare(globalCount, m_plan.rank, m_plan.world);
    const int count = hi - lo;
    const int n = static_cast<int>(m_pairs.size());
    Batch b;
    b.index = k;
    b.count = count;
    b.globalCount = globalCount;
    b.offset = lo;
    b.left.resize(static_cast<std::size_t>(count) * pixels);
    b.right.resize(static_cast<std::size_t>(count) * pixels);
    b.labels.resize(count);
    b.leftCharacters.resize(count);
    b.rightCharacters.resize(count);
    const auto classOf = [&](int image, int pose) { return poseClass(m_data.images()[image].character, pose); };
    if (m_plan.world > 1) {
        for (int i = 0; i < globalCount; ++i) {
            const Pair &p = m_pairs[(first + i) % n];
            b.allLabels.push_back(p.same ? 1.0f : 0.0f);
            b.allLeftCharacters.push_back(classOf(p.a, p.poseA));
            b.allRightCharacters.push_back(classOf(p.b, p.poseB));
        }
    }
    const std::uint64_t epochSeed = deriveSeed(m_plan.seed, static_cast<std::uint64_t>(m_epoch) + 0x100000000ULL);
    for (int i = 0; i < count; ++i) {
        const int view = first + lo + i;
        const Pair &p = m_pairs[view % n];
        const int copy = view / n; // pass 0 is plain, passes 1..K distorted
        cv::Mat a = posed(m_data.image(p.a), p.poseA);
        cv::Mat c = posed(m_data.image(p.b), p.poseB);
        if (copy > 0) {
            Rng rng(m_plan.fixedViews ? deriveSeed(deriveSeed(m_plan.seed, 0xd157), static_cast<std::uint64_t>(p.id),
                                                   static_cast<std::uint64_t>(copy))
                                      : deriveSeed(epochSeed, static_cast<std::uint64_t>(view)));
            a = distort(a, m_plan.distortion, rng);
            c = distort(c, m_plan.distortion, rng);
        }
        imageToInput(a, side, b.left.data() + static_cast<std::size_t>(i) * pixels);
        imageToInput(c, side, b.right.data() + static_cast<std::size_t>(i) * pixels);
        b.labels[i] = p.same ? 1.0f : 0.0f;
        b.leftCharacters[i] = classOf(p.a, p.poseA);
        b.rightCharacters[i] = classOf(p.b, p.poseB);
    }
    return b;
}

void BatchQueue::work()
{
    for (;;) {
        int k;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_space.wait(lock, [this] {
                return m_stopped || m_nextToBuild >= m_batchCount || m_nextToBuild < m_nextToPop + m_plan.depth;
            });
            if (m_stopped || m_nextToBuild >= m_batchCount)
                return;
            k = m_nextToBuild++;
        }
        Batch b = build(k);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done.emplace(k, std::move(b));
        }
        m_ready.notify_all();
    }
}

bool BatchQueue::pop(Batch &batch)
{
    const auto start = std::chrono::steady_clock::now();
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_nextToPop >= m_batchCount)
        return false;
    m_ready.wait(lock, [this] { return m_stopped || m_done.count(m_nextToPop) > 0; });
    if (m_stopped)
        return false;
    auto it = m_done.find(m_nextToPop);
    batch = std::move(it->second);
    m_done.erase(it);
    ++m_nextToPop;
    lock.unlock();
    m_space.notify_all();
    m_waited += std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    return true;
}

} // namespace oneshot::data
