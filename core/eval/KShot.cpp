#include "eval/KShot.h"

#include "common/Error.h"
#include "eval/Evaluator.h"

namespace oneshot::eval {

QString kShotModeName(KShotMode mode)
{
    return mode == KShotMode::MeanScore ? QStringLiteral("mean-score") : QStringLiteral("mean-embedding");
}

QStringList kShotModeNames()
{
    return {kShotModeName(KShotMode::MeanScore), kShotModeName(KShotMode::MeanEmbedding)};
}

KShotMode kShotModeFromName(const QString &name)
{
    for (KShotMode mode : {KShotMode::MeanScore, KShotMode::MeanEmbedding})
        if (name == kShotModeName(mode))
            return mode;
    throw Error(QObject::tr("K-shot mode '%1' is not one of %2").arg(name, kShotModeNames().join(QLatin1String(", "))));
}

torch::Tensor classScores(model::SiameseNet &net, const torch::Tensor &queries, const torch::Tensor &support,
                          const std::vector<int> &supportLabels, int classes, KShotMode mode)
{
    torch::NoGradGuard noGrad;
    const auto device = support.device();
    const auto labels
        = torch::tensor(std::vector<long>(supportLabels.begin(), supportLabels.end()), torch::kLong).to(device);
    // Images per class, and each class's rows of a [C, S] averaging matrix.
    const torch::Tensor counts
        = torch::zeros({classes}, support.options()).index_add_(0, labels, torch::ones_like(labels, support.options()));
    if (counts.min().item<float>() < 1)
        throw Error(QObject::tr("A character of the support set has no image"));
    const torch::Tensor average
        = torch::zeros({classes, support.size(0)}, support.options())
              .index_put_({labels, torch::arange(support.size(0), torch::TensorOptions(torch::kLong).device(device))},
                          torch::ones({support.size(0)}, support.options()))
        / counts.unsqueeze(1);
    const long q = queries.size(0);
    if (mode == KShotMode::MeanEmbedding) {
        const torch::Tensor centres = average.matmul(support); // [C, E]
        const long c = centres.size(0);
        return net->score(queries.repeat_interleave(c, 0), centres.repeat({q, 1})).view({q, c});
    }
    // Mean of the logits against every image, a query at a time (Q x S pairs at once could
    // take gigabytes with the paper's 4096-wide embedding).
    std::vector<torch::Tensor> rows;
    rows.reserve(static_cast<std::size_t>(q));
    for (long i = 0; i < q; ++i) {
        const torch::Tensor logits = net->score(queries[i].unsqueeze(0).expand_as(support), support); // [S]
        rows.push_back(average.matmul(logits.view({-1, 1})).view({1, -1}));
    }
    return torch::cat(rows, 0);
}

OneShotResult evaluateKShot(model::SiameseNet &net, const data::OneShotTaskSet &tasks, const torch::Device &device,
                            KShotMode mode, int views)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor emb = embedImages(net, tasks.images, device, 256, views);
    OneShotResult r;
    r.method = QStringLiteral("siamese");
    r.runs = tasks.runCount;
    for (const data::OneShotTrial &t : tasks.trials) {
        std::vector<long> images;
        std::vector<int> labels;
        for (int c = 0; c < static_cast<int>(t.candidates.size()); ++c) {
            images.push_back(t.candidates[c]);
            labels.push_back(c);
            if (c < static_cast<int>(t.moreShots.size()))
                for (int extra : t.moreShots[c]) {
                    images.push_back(extra);
                    labels.push_back(c);
                }
        }
        const torch::Tensor support = emb.index_select(0, torch::tensor(images, torch::kLong).to(device));
        const torch::Tensor logits
            = classScores(net, emb[t.query].unsqueeze(0), support, labels, static_cast<int>(t.candidates.size()), mode)
                  .to(torch::kCPU)
                  .contiguous();
        r.scores.emplace_back(logits.data_ptr<float>(), logits.data_ptr<float>() + logits.numel());
        r.answers.push_back(t.answer);
        r.runOfTrial.push_back(t.run);
    }
    decide(r);
    return r;
}

std::vector<WaysPoint> waysCurve(model::SiameseNet &net, const data::Omniglot &data, const data::Subset &subset,
                                 const WaysCurveOptions &options, const torch::Device &device,
                                 const std::function<bool(int, int)> &progress)
{
    std::vector<WaysPoint> points;
    const int total = static_cast<int>(options.ways.size() * options.shots.size());
    for (int shots : options.shots)
        for (int ways : options.ways) {
            data::TaskSamplingOptions sampling;
            sampling.ways = ways;
            sampling.shots = shots;
            sampling.trials = options.trials;
            sampling.withinAlphabet = options.withinAlphabet;
            sampling.seed = options.seed + static_cast<std::uint64_t>(1000 * shots + ways);
            const OneShotResult r
                = evaluateKShot(net, data::sampleTasks(data, subset, sampling), device, options.mode, options.views);
            points.push_back({ways, shots, r.correct, r.trials});
            if (progress && !progress(static_cast<int>(points.size()), total))
                return points;
        }
    return points;
}

QString waysCurveCsv(const std::vector<WaysPoint> &points)
{
    QString csv = QStringLiteral("ways,shots,correct,trials,accuracy\n");
    for (const WaysPoint &p : points)
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(p.ways)
                   .arg(p.shots)
                   .arg(p.correct)
                   .arg(p.trials)
                   .arg(p.accuracy(), 0, 'f', 6);
    return csv;
}

std::vector<WaysPoint> parseWaysCurveCsv(const QByteArray &csv)
{
    std::vector<WaysPoint> points;
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    if (lines.isEmpty() || !lines.first().trimmed().startsWith("ways,shots,correct,trials"))
        throw Error(QObject::tr("Not a ways curve: the header must start with ways,shots,correct,trials"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        bool ok[4] = {};
        WaysPoint p;
        if (f.size() >= 4) {
            p.ways = f[0].toInt(&ok[0]);
            p.shots = f[1].toInt(&ok[1]);
            p.correct = f[2].toInt(&ok[2]);
            p.trials = f[3].toInt(&ok[3]);
        }
        if (f.size() < 4 || !(ok[0] && ok[1] && ok[2] && ok[3]) || p.ways < 2 || p.shots < 1 || p.trials < 1
            || p.correct < 0 || p.correct > p.trials)
            throw Error(
                QObject::tr("Ways curve line %1 is not ways,shots,correct,trials with 0 <= correct <= trials: %2")
                    .arg(i + 1)
                    .arg(QString::fromUtf8(lines[i].left(80))));
        points.push_back(p);
    }
    return points;
}

} // namespace oneshot::eval
