// Training throughput in pairs per second for a preset, on real batches prepared ahead by the
// BatchQueue (decode, distort, batch), as the trainer does. Prints one JSON object.
#include <chrono>
#include <cstdio>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <torch/torch.h>

#include "common/Allocator.h"
#include "data/BatchQueue.h"
#include "data/DataLocator.h"
#include "data/Protocol.h"
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
    data::BatchQueue q(all, sampler.epochPairs(0), 0, plan);

    model::SiameseNet net(spec);
    net->train();
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-4));
    data::Batch b;
    const int warmup = 3;
    std::chrono::steady_clock::time_point t0;
    int timed = 0;
    for (int s = 0; q.pop(b) && s < steps + warmup; ++s) {
        if (s == warmup)
            t0 = std::chrono::steady_clock::now();
        const long side = plan.side;
        const auto l = torch::from_blob(b.left.data(), {b.count, 1, side, side});
        const auto r = torch::from_blob(b.right.data(), {b.count, 1, side, side});
        const auto y = torch::from_blob(b.labels.data(), {b.count});
        opt.zero_grad();
        const auto loss = torch::binary_cross_entropy_with_logits(net->forward(l, r), y);
        loss.backward();
        opt.step();
        if (s >= warmup)
            timed += b.count;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double pairsPerSecond = timed / seconds;
    // Per pair: 2 images x (forward + backward at twice the forward) x 2 FLOP per multiply-add.
    const double gflopPerPair = 12.0 * spec.forwardMacs() / 1e9;
    const QJsonObject out{{QStringLiteral("preset"), preset},
                          {QStringLiteral("batch"), batch},
                          {QStringLiteral("threads"), threads},
                          {QStringLiteral("pairs_per_second"), pairsPerSecond},
                          {QStringLiteral("gflop_per_pair"), gflopPerPair},
                          {QStringLiteral("gflops"), pairsPerSecond * gflopPerPair}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
