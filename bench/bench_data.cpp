// Data-layer throughput: decoding all Omniglot images from the two zips, and distorted training
// views prepared per second. Prints one JSON object; bench/run_benchmarks.sh runs it beside the
// Python reference and reports ratios.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "data/BatchQueue.h"
#include "data/DataLocator.h"
#include "data/Omniglot.h"
#include "data/Protocol.h"

using namespace oneshot;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dataDir = args.value(1, data::locateData().folder);
    const int repeats = args.value(2, QStringLiteral("5")).toInt();
    const int threads = args.value(3, QStringLiteral("2")).toInt();

    std::vector<double> decode;
    data::Omniglot all;
    for (int r = 0; r < repeats; ++r) {
        const double t0 = now();
        all = data::Omniglot::load(dataDir, data::Omniglot::Both, threads);
        decode.push_back(now() - t0);
    }

    // Views per second from `threads` preparing threads, Koch's distortion, at 105 and 48 px.
    QJsonObject views;
    const data::Subset subset = data::selectSubset(all, data::Protocol::byName(QStringLiteral("lake")).train);
    data::PairSamplerOptions so;
    so.pairsPerEpoch = 4096;
    const data::PairSampler sampler(subset, so);
    for (int side : {105, 48}) {
        data::BatchPlan plan;
        plan.batchSize = 128;
        plan.side = side;
        plan.augment = 1;
        plan.threads = threads;
        plan.depth = 64;
        const double t0 = now();
        data::BatchQueue q(all, sampler.epochPairs(0), 0, plan);
        data::Batch b;
        long long n = 0;
        while (q.pop(b))
            n += b.count;
        views.insert(QStringLiteral("side_%1").arg(side), n / (now() - t0));
    }
    const QJsonObject out{{QStringLiteral("images"), static_cast<int>(all.images().size())},
                          {QStringLiteral("decode_seconds_median"), median(decode)},
                          {QStringLiteral("threads"), threads},
                          {QStringLiteral("store_bytes"), static_cast<double>(all.store().bytes())},
                          {QStringLiteral("views_per_second"), views}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
