#pragma once

#include <cstdint>

#include <QJsonObject>
#include <QString>

#include "model/ModelSpec.h"

namespace oneshot::train {

/// Optimiser settings. SGD follows Koch (one group per layer, lr decaying 1 % per epoch, momentum
/// rising linearly to a final value, per-layer L2); Adam follows the reproduction.
struct OptimizerConfig
{
    QString kind = QStringLiteral("adam"); ///< "sgd" or "adam"
    double lr = 1e-3;
    double headLr = -1; ///< learning rate of the head; <0: same as lr
    double weightDecay = 0.0;
    double headWeightDecay = -1; ///< <0: same as weightDecay
    // SGD only
    double momentumStart = 0.5;
    double momentumEnd = 0.9;
    int momentumEpochs = 20; ///< epochs over which momentum rises linearly

    QJsonObject toJson() const;
    static OptimizerConfig fromJson(const QJsonObject &json);
    /// The reproduction's Adam: lr 3e-4, weight decay 2e-4, 1e-3 on the head.
    static OptimizerConfig reproductionAdam();
    /// Koch's SGD: lr 0.01 per layer group, momentum 0.5 -> 0.9, L2 2e-4 (with an exponential
    /// schedule of gamma 0.99 per epoch, the paper's 1 % decay).
    static OptimizerConfig kochSgd();
};

/// A learning-rate schedule, with PyTorch's formulas.
struct SchedulerConfig
{
    QString kind
        = QStringLiteral("constant"); ///< constant, step, exponential, triangular, triangular2, plateau, cosine
    double gamma = 0.1;               ///< step, exponential, plateau factor
    int stepSize = 10;                ///< step: epochs; triangular: batches per half cycle
    double baseLr = 1e-4;             ///< cyclic lower bound (the optimiser lr is the upper bound)
    int patience = 3;                 ///< plateau
    double threshold = 1e-4;          ///< plateau, relative ("rel" mode, as PyTorch's default)
    double minLr = 0.0;               ///< plateau floor; cosine floor
    int totalEpochs = 0;              ///< cosine: T_max in epochs (0: the run's epochs)

    QJsonObject toJson() const;
    static SchedulerConfig fromJson(const QJsonObject &json);
};

/// Everything that defines a training run: enough to rerun it (config.json).
struct TrainConfig
{
    QString protocol = QStringLiteral("lake");
    model::ModelSpec model = model::ModelSpec::cpu();
    OptimizerConfig optimizer;
    SchedulerConfig scheduler;
    int pairsPerEpoch = 30000;
    int augment = 0;                             ///< K distorted views per pair besides the plain one
    QString distortion = QStringLiteral("koch"); ///< koch, torchvision, none
    double sameAlphabetNegatives = 0.5;
    /// Weight of a second loss term over the batch's cross pairs: every left image against every
    /// right image of another character, all labelled different (0: off). The twins' cost stays
    /// that of the batch; the head, which is cheap, scores N^2 pairs instead of N.
    double batchNegatives = 0.0;
    /// Weight of a one-shot loss over the batch: each same pair's left image must pick its
    /// partner among all the batch's right images (softmax cross-entropy over the head's logits,
    /// both ways; other images of the same character left out). 0: off.
    double batchSoftmax = 0.0;
    /// Draw each batch's pairs from this many alphabets, so the cross pairs above are
    /// same-alphabet distractors as in Lake's runs (0: from all alphabets).
    int batchAlphabets = 0;
    int batchSize = 128;
    int epochs = 200;
    double minutes = 0; ///< time budget; 0: none
    std::uint64_t seed = 42;
    QString device = QStringLiteral("auto"); ///< auto, cpu, cuda
    int threads = 0;                         ///< torch intra-op threads; 0: all cores
    int loaderThreads = 1;                   ///< threads preparing batches ahead
    int logEvery = 10;                       ///< a metrics row every N optimiser steps
    int validationPairs = 2000;
    int validationTrials = 200; ///< one-shot trials on the validation split
    int validationWays = 20;
    QString earlyStopMetric = QStringLiteral("val_oneshot"); ///< val_oneshot, val_acc_tuned, val_loss
    int patience = 0;                                        ///< epochs without improvement before stopping; 0: off
    bool evaluateTestAtEnd = true; ///< one-shot on the protocol's test (Lake's runs) with the best checkpoint
    QString runsPath;              ///< Lake's runs (all_runs.zip); empty: <data>/all_runs.zip
    QString dataFolder;            ///< resolved data folder (recorded for reruns)

    QJsonObject toJson() const;
    /// Throws Error naming the field at fault.
    static TrainConfig fromJson(const QJsonObject &json);
    static TrainConfig fromFile(const QString &path);
    /// The recommended settings for a preset: cpu (Adam 1e-3, exponential decay) or koch2015
    /// (the paper's SGD).
    static TrainConfig forPreset(const QString &preset);
};

} // namespace oneshot::train
