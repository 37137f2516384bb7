// Training throughput in pairs per second for a preset, on real batches prepared ahead by the
// BatchQueue (decode, distort, batch), as the trainer does. Prints one JSON object.
// Usage: bench_train [PRESET] [BATCH] [STEPS] [THREADS] [PRECISION fp32|bf16] [LAYOUT nchw|nhwc]
//                    [DATA real|random]
// DATA random feeds random tensors instead of prepared batches: the network's own speed, as the
// Python peer measures it on random tensors. LAYOUT nhwc (the default, as training runs) runs the
// layers after the first on channels-last activations; nchw runs them all in NCHW.
#include <chrono>
#include <cstdio>
#include <optional>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <torch/torch.h>

#include "common/Allocator.h"
#include "data/BatchQueue.h"
#include "data/DataLocator.h"
#include "data/Protocol.h"
#include "model/Precision.h"
#include "model/SiameseNet.h"

using namespace oneshot;

int main(int argc, char *argv[])
{
    keepFreedMemory();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString preset = args.value(1, QStringLiteral("cpu"));
    const int batch = args.value(2, QStringLiteral("128")).toInt();
    const int steps = args.value(3, QStringLiteral("20")).toInt();
    const int threads = args.value(4, QStringLiteral("2")).toInt();
    const QString precision = args.value(5, QStringLiteral("fp32"));
    const bool channelsLast = args.value(6, QStringLiteral("nhwc")) == QLatin1String("nhwc");
    const bool random = args.value(7) == QLatin1String("random");
    torch::set_num_threads(threads);

    const data::Omniglot all = data::Omniglot::load(data::locateData().folder, data::Omniglot::Background, threads);
    const data::Subset subset = data::selectSubset(all, data::Protocol::byName(QStringLiteral("lake")).train);
    data::PairSamplerOptions so;
    so.pairsPerEpoch = batch * (steps + 3) / 2;
    const data::PairSampler sampler(subset, so);
    const model::ModelSpec spec = model::ModelSpec::preset(preset);
    data::BatchPlan plan;
    plan.batchSize = batch;
    plan.side = spec.inputSide;
    plan.augment = 1;
    plan.threads = 1;
    std::optional<data::BatchQueue> q;
    if (!random)
        q.emplace(all, sampler.epochPairs(0), 0, plan);
    const auto next = [&](data::Batch &b) {
        if (q)
            return q->pop(b);
        const std::size_t values = static_cast<std::size_t>(batch) * plan.side * plan.side;
        b.count = batch;
        for (std::vector<float> *v : {&b.left, &b.right}) {
            v->resize(values);
            torch::from_blob(v->data(), {static_cast<long>(values)}).uniform_();
        }
        b.labels.resize(batch);
        torch::from_blob(b.labels.data(), {static_cast<long>(batch)}).bernoulli_(0.5);
        return true;
    };

    model::SiameseNet net(spec);
    net->train();
    net->twin()->setChannelsLast(channelsLast);
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-4));
    data::Batch b;
    const int warmup = 3;
    std::chrono::steady_clock::time_point t0;
    int timed = 0;
    double optimizerSeconds = 0; // in opt.step(): the part of a step outside the network
    for (int s = 0; next(b) && s < steps + warmup; ++s) {
        if (s == warmup)
            t0 = std::chrono::steady_clock::now();
        const long side = plan.side;
        const auto l = torch::from_blob(b.left.data(), {b.count, 1, side, side});
        const auto r = torch::from_blob(b.right.data(), {b.count, 1, side, side});
        const auto y = torch::from_blob(b.labels.data(), {b.count});
        opt.zero_grad();
        torch::Tensor logits;
        {
            const model::AutocastScope autocast(precision, torch::Device(torch::kCPU));
            logits = net->forward(l, r);
        }
        const auto loss = torch::binary_cross_entropy_with_logits(logits.to(torch::kFloat), y);
        loss.backward();
        const auto o0 = std::chrono::steady_clock::now();
        opt.step();
        if (s >= warmup) {
            timed += b.count;
            optimizerSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - o0).count();
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double pairsPerSecond = timed / seconds;
    // Per pair: 2 images x 2 FLOP per multiply-add x (forward, input gradient and weight gradient
    // of every layer, less the first layer's input gradient, which no one needs).
    const model::ConvLayer &first = spec.convs.front();
    const double firstSide = spec.inputSide - first.kernel + 1;
    const double firstMacs = firstSide * firstSide * first.channels * first.kernel * first.kernel;
    const double gflopPerPair = 4.0 * (3.0 * spec.forwardMacs() - firstMacs) / 1e9;
    const QJsonObject out{{QStringLiteral("preset"), preset},
                          {QStringLiteral("batch"), batch},
                          {QStringLiteral("threads"), threads},
                          {QStringLiteral("precision"), precision},
                          {QStringLiteral("layout"), channelsLast ? QStringLiteral("nhwc") : QStringLiteral("nchw")},
                          {QStringLiteral("data"), random ? QStringLiteral("random") : QStringLiteral("real")},
                          {QStringLiteral("pairs_per_second"), pairsPerSecond},
                          {QStringLiteral("optimizer_share"), optimizerSeconds / seconds},
                          {QStringLiteral("gflop_per_pair"), gflopPerPair},
                          {QStringLiteral("gflops"), pairsPerSecond * gflopPerPair}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
