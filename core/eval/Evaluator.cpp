#include "eval/Evaluator.h"

#include <algorithm>

#include "common/Error.h"
#include "data/BatchQueue.h"
#include "data/Distortion.h"

namespace oneshot::eval {

namespace {

/// Puts a module in eval mode for a scope and restores its mode afterwards. A module already in
/// eval mode is not written to at all, so threads may run inference on one loaded net at once.
class EvalModeGuard
{
public:
    explicit EvalModeGuard(torch::nn::Module &m)
        : m_module(m)
        , m_wasTraining(m.is_training())
    {
        if (m_wasTraining)
            m_module.eval();
    }
    ~EvalModeGuard()
    {
        if (m_wasTraining)
            m_module.train();
    }
    EvalModeGuard(const EvalModeGuard &) = delete;
    EvalModeGuard &operator=(const EvalModeGuard &) = delete;

private:
    torch::nn::Module &m_module;
    bool m_wasTraining;
};

} // namespace

torch::Tensor imagesToTensor(const std::vector<cv::Mat> &images, int side)
{
    auto t = torch::empty({static_cast<long>(images.size()), 1, side, side});
    float *dst = t.data_ptr<float>();
    for (std::size_t i = 0; i < images.size(); ++i)
        data::imageToInput(images[i], side, dst + i * side * side);
    return t;
}

cv::Mat testView(const cv::Mat &image, int k)
{
    if (k == 0)
        return image;
    // Koch's distortion with every range doubled.
    static const data::AffineParams params = data::AffineParams::koch().scaled(2.0);
    Rng rng(static_cast<std::uint64_t>(k));
    return data::distort(image, params, rng);
}

torch::Tensor embedImages(model::SiameseNet &net, const std::vector<cv::Mat> &images, const torch::Device &device,
                          int batch, int views)
{
    if (views < 1 || views > kMaxTestViews)
        throw Error(
            QObject::tr("The number of test-time views must be from 1 to %1, got %2").arg(kMaxTestViews).arg(views));
    if (views > 1) {
        torch::Tensor sum = embedImages(net, images, device, batch, 1);
        std::vector<cv::Mat> view(images.size());
        for (int k = 1; k < views; ++k) {
            for (std::size_t i = 0; i < images.size(); ++i)
                view[i] = testView(images[i], k);
            sum += embedImages(net, view, device, batch, 1);
        }
        return sum / views;
    }
    // Grad mode is per thread: set it here, in the thread that evaluates.
    torch::NoGradGuard noGrad;
    EvalModeGuard mode(*net);
    const int side = net->spec().inputSide;
    std::vector<torch::Tensor> parts;
    for (std::size_t start = 0; start < images.size(); start += batch) {
        const std::size_t end = std::min(images.size(), start + batch);
        std::vector<cv::Mat> chunk(images.begin() + static_cast<long>(start), images.begin() + static_cast<long>(end));
        // A short last chunk is padded to a power of two with blank images: each new batch shape
        // leaves memory behind (oneDNN's per-shape caches, the allocator's high-water marks), and
        // sets of every size (the Embedding page, the accuracy-against-N curve) grew a process by
        // about 95 MiB over 60 sets of 400 to 1099 images where one size stayed flat.
        const std::size_t count = chunk.size();
        std::size_t padded = 1;
        while (padded < count)
            padded *= 2;
        padded = std::min<std::size_t>(padded, static_cast<std::size_t>(batch));
        chunk.resize(std::max(padded, count), cv::Mat(side, side, CV_8UC1, cv::Scalar(255)));
        parts.push_back(net->embed(imagesToTensor(chunk, side).to(device)).narrow(0, 0, static_cast<long>(count)));
    }
    return parts.empty() ? torch::empty({0, net->spec().embedding}) : torch::cat(parts, 0);
}

OneShotResult evaluateOneShot(model::SiameseNet &net, const data::OneShotTaskSet &tasks, const torch::Device &device,
                              int views)
{
    torch::NoGradGuard noGrad;
    EvalModeGuard mode(*net);
    const torch::Tensor emb = embedImages(net, tasks.images, device, 256, views);
    OneShotResult r;
    r.method = QStringLiteral("siamese");
    r.runs = tasks.runCount;
    for (const data::OneShotTrial &t : tasks.trials) {
        const auto idx
            = torch::tensor(std::vector<long>(t.candidates.begin(), t.candidates.end()), torch::kLong).to(device);
        const torch::Tensor cands = emb.index_select(0, idx);
        const torch::Tensor query = emb[t.query].unsqueeze(0).expand_as(cands);
        const torch::Tensor logits = net->score(query, cands).to(torch::kCPU).contiguous();
        r.scores.emplace_back(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
        r.answers.push_back(t.answer);
        r.runOfTrial.push_back(t.run);
    }
    decide(r);
    return r;
}

VerificationResult evaluateVerification(model::SiameseNet &net, const data::VerificationSet &pairs,
                                        const torch::Device &device, double givenThreshold)
{
    torch::NoGradGuard noGrad;
    EvalModeGuard mode(*net);
    VerificationResult v;
    if (pairs.pairs.empty())
        return v;
    const torch::Tensor emb = embedImages(net, pairs.images, device);
    std::vector<long> a;
    std::vector<long> b;
    for (const auto &[i, j] : pairs.pairs) {
        a.push_back(i);
        b.push_back(j);
    }
    const auto ia = torch::tensor(a, torch::kLong).to(device);
    const auto ib = torch::tensor(b, torch::kLong).to(device);
    const torch::Tensor logits = net->score(emb.index_select(0, ia), emb.index_select(0, ib)).to(torch::kCPU);
    const torch::Tensor labels = torch::tensor(std::vector<float>(pairs.labels.begin(), pairs.labels.end()));
    v.loss = torch::binary_cross_entropy_with_logits(logits, labels).item<double>();
    const torch::Tensor prob = torch::sigmoid(logits).contiguous();
    v.scoreStd = prob.std().item<double>();
    const float *p = prob.data_ptr<float>();
    const int n = static_cast<int>(pairs.labels.size());
    auto accuracyAt = [&](double th) {
        int right = 0;
        for (int i = 0; i < n; ++i)
            right += (p[i] >= th) == (pairs.labels[i] == 1);
        return static_cast<double>(right) / n;
    };
    v.accuracyAtHalf = accuracyAt(0.5);
    v.accuracyAtGiven = accuracyAt(givenThreshold < 0 ? 0.5 : givenThreshold);
    // Tune: sweep thresholds between sorted probabilities.
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [p](int x, int y) { return p[x] < p[y]; });
    int positives = 0;
    for (int l : pairs.labels)
        positives += l;
    // Threshold below everything: all predicted same -> right = positives.
    int right = positives;
    int bestRight = right;
    double bestTh = p[order[0]];
    for (int k = 0; k < n; ++k) {
        // Moving the threshold above order[k] turns it into "different".
        right += pairs.labels[order[k]] == 1 ? -1 : 1;
        if (k + 1 < n && p[order[k + 1]] == p[order[k]])
            continue;
        if (right > bestRight) {
            bestRight = right;
            bestTh = k + 1 < n ? (p[order[k]] + p[order[k + 1]]) / 2.0 : p[order[k]] + 1e-6;
        }
    }
    v.tunedThreshold = bestTh;
    v.accuracyTuned = static_cast<double>(bestRight) / n;
    return v;
}

} // namespace oneshot::eval
