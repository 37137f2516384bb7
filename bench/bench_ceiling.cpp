// The machine's own ceiling, measured in the same run as the training speeds it is compared with:
// GEMM GFLOP/s through the BLAS (torch::mm in fp32) and through oneDNN (a 1x1 convolution, which
// LibTorch runs on oneDNN), in fp32 and, where LibTorch does it, bf16; then, for a preset's net at
// a batch, each layer's forward, input-gradient and weight-gradient GFLOP/s, so that a training
// speed below the ceiling shows where the rest goes. Prints one JSON object.
// Usage: bench_ceiling [PRESET] [BATCH] [THREADS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include "common/Allocator.h"
#include "model/FirstConv.h"
#include "model/ModelSpec.h"
#include "model/Precision.h"

using namespace oneshot;

namespace {

/// The best seconds of `reps` calls of `f` after one warm-up call.
double bestSeconds(const std::function<void()> &f, int reps)
{
    f();
    double best = 1e30;
    for (int i = 0; i < reps; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

/// GFLOP/s of an n x n x n product through torch::mm (the BLAS for fp32).
double mmGflops(torch::ScalarType type, long n)
{
    const torch::Tensor a = torch::rand({n, n}).to(type);
    const torch::Tensor b = torch::rand({n, n}).to(type);
    const double s = bestSeconds([&] { (void)torch::mm(a, b); }, 5);
    return 2.0 * n * n * n / s / 1e9;
}

/// GFLOP/s of the same product as a 1x1 convolution (oneDNN): k input channels, m output
/// channels, n pixels.
double convGflops(torch::ScalarType type, long n)
{
    const long side = 32;
    const torch::Tensor x = torch::rand({1, n, side, n / side}).to(type);
    const torch::Tensor w = torch::rand({n, n, 1, 1}).to(type);
    const double s = bestSeconds([&] { (void)torch::conv2d(x, w); }, 5);
    return 2.0 * n * n * n / s / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    keepFreedMemory();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString preset = args.value(1, QStringLiteral("koch2015"));
    const long batch = args.value(2, QStringLiteral("128")).toLong();
    const int threads = args.value(3, QStringLiteral("2")).toInt();
    torch::set_num_threads(threads);
    torch::NoGradGuard noGrad;

    const long n = 1536;
    const double blas = mmGflops(torch::kFloat, n);
    const double onednn = convGflops(torch::kFloat, n);
    QJsonObject out{{QStringLiteral("cpu"), model::cpuSummary()},
                    {QStringLiteral("threads"), threads},
                    {QStringLiteral("blas_sgemm_gflops"), blas},
                    {QStringLiteral("onednn_sgemm_gflops"), onednn},
                    {QStringLiteral("fp32_peak_gflops"), std::max(blas, onednn)},
                    {QStringLiteral("cpu_bf16"), model::cpuHasBf16()}};
    if (model::cpuHasBf16()) {
        const double mm16 = mmGflops(torch::kBFloat16, n);
        const double conv16 = convGflops(torch::kBFloat16, n);
        out.insert(QStringLiteral("bf16_mm_gflops"), mm16);
        out.insert(QStringLiteral("bf16_conv_gflops"), conv16);
        out.insert(QStringLiteral("bf16_peak_gflops"), std::max(mm16, conv16));
    }

    // Each layer of the preset's twin on 2 x batch images (both sides of the pairs), in fp32.
    const model::ModelSpec spec = model::ModelSpec::preset(preset);
    QJsonArray layers;
    double totalSeconds = 0;
    double totalFlop = 0;
    long side = spec.inputSide;
    long in = 1;
    const long images = 2 * batch;
    const auto addLayer = [&](const QString &name, double macs, double forward, double inputGrad, double weightGrad) {
        const double flop = 2 * macs;
        layers.append(QJsonObject{{QStringLiteral("layer"), name},
                                  {QStringLiteral("forward_gflops"), flop / forward / 1e9},
                                  {QStringLiteral("input_grad_gflops"), inputGrad > 0 ? flop / inputGrad / 1e9 : 0.0},
                                  {QStringLiteral("weight_grad_gflops"), flop / weightGrad / 1e9},
                                  {QStringLiteral("seconds"), forward + inputGrad + weightGrad}});
        totalSeconds += forward + inputGrad + weightGrad;
        totalFlop += flop * (inputGrad > 0 ? 3 : 2);
    };
    for (std::size_t i = 0; i < spec.convs.size(); ++i) {
        const model::ConvLayer &c = spec.convs[i];
        const torch::Tensor x = torch::rand({images, in, side, side});
        const torch::Tensor w = torch::rand({c.channels, in, c.kernel, c.kernel}) * 0.01;
        const torch::Tensor b = torch::zeros({c.channels});
        const long outSide = side - c.kernel + 1;
        const torch::Tensor g = torch::rand({images, c.channels, outSide, outSide});
        const double macs = double(images) * outSide * outSide * c.channels * in * c.kernel * c.kernel;
        const std::vector<long> one{1, 1};
        const std::vector<long> zero{0, 0};
        double fwd = 0;
        double dx = 0; // the first layer's input needs no gradient
        double dw = 0;
        const auto backward = [&](bool input) {
            (void)at::convolution_backward(g, x, w, std::vector<long>{c.channels}, one, zero, one, false, zero, 1,
                                           {input, !input, !input});
        };
        if (i == 0 && model::singleChannelConvApplies(x, w)) {
            // The first layer as the net runs it: our own kernel (model/FirstConv.h), its weight
            // gradient timed as forward and backward less the forward.
            torch::AutoGradMode grad(true);
            const torch::Tensor wg = w.clone().requires_grad_();
            const torch::Tensor bg = b.clone().requires_grad_();
            fwd = bestSeconds([&] { (void)model::singleChannelConv(x, wg, bg); }, 3);
            const auto both = [&] {
                const torch::Tensor y = model::singleChannelConv(x, wg, bg);
                (void)torch::autograd::grad({y}, {wg, bg}, {g});
            };
            dw = bestSeconds(both, 3) - fwd;
        } else {
            fwd = bestSeconds([&] { (void)torch::conv2d(x, w, b); }, 3);
            if (i > 0)
                dx = bestSeconds([&] { backward(true); }, 3);
            dw = bestSeconds([&] { backward(false); }, 3);
        }
        addLayer(QStringLiteral("conv%1").arg(i + 1), macs, fwd, dx, dw);
        side = c.pool ? outSide / 2 : outSide;
        in = c.channels;
    }
    {
        const long k = spec.flattenSize();
        const long m = spec.embedding;
        const torch::Tensor x = torch::rand({images, k});
        const torch::Tensor w = torch::rand({m, k}) * 0.01;
        const torch::Tensor g = torch::rand({images, m});
        const double fwd = bestSeconds([&] { (void)torch::linear(x, w); }, 3);
        const double dx = bestSeconds([&] { (void)torch::mm(g, w); }, 3);
        const double dw = bestSeconds([&] { (void)torch::mm(g.t(), x); }, 3);
        addLayer(QStringLiteral("fc"), double(images) * k * m, fwd, dx, dw);
    }
    out.insert(QStringLiteral("preset"), preset);
    out.insert(QStringLiteral("batch"), static_cast<double>(batch));
    out.insert(QStringLiteral("layers"), layers);
    out.insert(QStringLiteral("layers_gflops"), totalFlop / totalSeconds / 1e9);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
