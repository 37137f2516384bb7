// Data-parallel training speed: one rank of a run started as torchrun starts it (RANK,
// WORLD_SIZE, MASTER_ADDR, MASTER_PORT; one process when they are not set). Each rank trains on
// its share of a global batch of random tensors (the network's own speed, as bench_train's
// "random"), the gradients summed by the trainer's GradientReducer; rank 0 prints one JSON
// object: pairs per second over all ranks, the seconds per step, how long a step waited for the
// all-reduce after backward, and the all-reduce of the whole gradient alone.
// Usage: bench_dist [PRESET] [GLOBAL_BATCH] [STEPS]
#include <chrono>
#include <cstdio>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <torch/torch.h>

#include "common/Allocator.h"
#include "common/Parallel.h"
#include "dist/Collective.h"
#include "model/SiameseNet.h"

using namespace oneshot;

namespace {

double since(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

} // namespace

int main(int argc, char *argv[])
{
    keepFreedMemory();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString preset = args.value(1, QStringLiteral("cpu"));
    const int globalBatch = args.value(2, QStringLiteral("128")).toInt();
    const int steps = args.value(3, QStringLiteral("20")).toInt();
    torch::set_num_threads(computeThreads(0));

    const dist::WorldInfo world = dist::WorldInfo::fromEnvironment();
    dist::Collective collective(world, {});
    const int batch = globalBatch / world.size;

    torch::manual_seed(1);
    const model::ModelSpec spec = model::ModelSpec::preset(preset);
    model::SiameseNet net(spec);
    net->train();
    collective.broadcast(net->parameters());
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(1e-4));
    std::optional<dist::GradientReducer> reducer;
    if (world.distributed())
        reducer.emplace(collective, net->parameters());
    const auto side = static_cast<long>(spec.inputSide);
    const torch::Tensor left = torch::rand({batch, 1, side, side});
    const torch::Tensor right = torch::rand({batch, 1, side, side});
    const torch::Tensor labels = (torch::rand({batch}) > 0.5).to(torch::kFloat);

    double waited = 0;
    const auto step = [&] {
        optimizer.zero_grad();
        const torch::Tensor h = net->embed(torch::cat({left, right}, 0));
        const torch::Tensor logits = net->score(h.narrow(0, 0, batch), h.narrow(0, batch, batch));
        const torch::Tensor loss
            = torch::binary_cross_entropy_with_logits(logits, labels, {}, {}, torch::Reduction::Sum) / globalBatch;
        if (reducer)
            reducer->arm();
        loss.backward();
        if (reducer) {
            const double before = reducer->waitedSeconds();
            reducer->finish();
            waited += reducer->waitedSeconds() - before;
        }
        optimizer.step();
    };
    for (int i = 0; i < 2; ++i) // warm-up: allocator, oneDNN primitives, Gloo's buffers
        step();
    waited = 0;
    torch::Tensor sync = torch::zeros({1});
    collective.allReduceSum(sync);
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < steps; ++i)
        step();
    collective.allReduceSum(sync);
    const double seconds = since(t0);

    // The whole gradient's all-reduce alone, no compute beside it.
    std::int64_t elements = 0;
    for (const auto &p : net->parameters())
        elements += p.numel();
    torch::Tensor flat = torch::ones({elements});
    double alone = 0;
    if (world.distributed()) {
        collective.allReduceSum(flat);
        const auto t1 = std::chrono::steady_clock::now();
        for (int i = 0; i < 5; ++i)
            collective.allReduceSum(flat);
        alone = since(t1) / 5;
    }

    if (world.rank == 0) {
        const QJsonObject o{{QStringLiteral("preset"), preset},
                            {QStringLiteral("workers"), world.size},
                            {QStringLiteral("threads_per_worker"), torch::get_num_threads()},
                            {QStringLiteral("global_batch"), globalBatch},
                            {QStringLiteral("steps"), steps},
                            {QStringLiteral("pairs_per_second"), globalBatch * steps / seconds},
                            {QStringLiteral("step_seconds"), seconds / steps},
                            {QStringLiteral("allreduce_wait_seconds_per_step"), waited / steps},
                            {QStringLiteral("allreduce_share_of_step"), waited / seconds},
                            {QStringLiteral("gradient_megabytes"), elements * 4.0 / 1e6},
                            {QStringLiteral("buckets"), reducer ? reducer->bucketCount() : 0},
                            {QStringLiteral("allreduce_alone_seconds"), alone}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
