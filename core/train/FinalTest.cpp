#include "train/FinalTest.h"

#include <QDir>
#include <QFileInfo>

#include "common/Random.h"
#include "data/OneShotTasks.h"
#include "eval/Evaluator.h"
#include "train/Checkpoint.h"

namespace oneshot::train {

namespace {

data::OneShotTaskSet oneShotTest(const TrainConfig &cfg, const data::Omniglot &data, const data::Protocol &protocol,
                                 TrainObserver &observer)
{
    if (protocol.oneShotTestIsLakeRuns) {
        const QString runs
            = !cfg.runsPath.isEmpty() ? cfg.runsPath : QDir(cfg.dataFolder).filePath(QStringLiteral("all_runs.zip"));
        if (QFileInfo::exists(runs))
            return data::loadRunSet(runs);
        observer.onMessage(QObject::tr("No run set at %1: skipping the one-shot test").arg(runs));
        return {};
    }
    data::TaskSamplingOptions o;
    o.ways = 20;
    o.trials = 400;
    o.withinAlphabet = false;
    o.seed = deriveSeed(cfg.seed, 3);
    return data::sampleTasks(data, data::selectSubset(data, protocol.test), o);
}

} // namespace

QJsonObject testCheckpoint(const TrainConfig &cfg, const data::Omniglot &data, const data::Protocol &protocol,
                           const QString &checkpoint, const torch::Device &device, double validationThreshold,
                           TrainObserver &observer)
{
    observer.onMessage(QObject::tr("Testing the best checkpoint"));
    model::SiameseNet best = loadModel(checkpoint);
    best->to(device);
    QJsonObject test;
    const data::OneShotTaskSet tasks = oneShotTest(cfg, data, protocol, observer);
    if (!tasks.trials.empty()) {
        test = eval::evaluateOneShot(best, tasks, device, cfg.testViews).toJson();
        test.insert(QStringLiteral("views"), cfg.testViews);
        test.insert(QStringLiteral("protocol"), cfg.protocol);
        test.insert(QStringLiteral("source"), tasks.source);
    }
    // Verification on the test alphabets, where the protocol has them apart from Lake's runs
    // (koch, seed), at 0.5 and at the threshold tuned on validation.
    if (protocol.name != QLatin1String("lake") && (protocol.sets & data::Omniglot::Evaluation)) {
        const data::VerificationSet pairs = data::sampleVerificationPairs(data, data::selectSubset(data, protocol.test),
                                                                          10000, deriveSeed(cfg.seed, 4));
        const eval::VerificationResult v = eval::evaluateVerification(best, pairs, device, validationThreshold);
        test.insert(QStringLiteral("verification_acc_05"), v.accuracyAtHalf);
        test.insert(QStringLiteral("verification_acc_val_threshold"), v.accuracyAtGiven);
    }
    return test;
}

} // namespace oneshot::train
