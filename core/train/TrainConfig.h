#pragma once

#include <cstdint>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "common/Settings.h"
#include "model/ModelSpec.h"
#include "train/LossConfig.h"

namespace oneshot::train {

/// Optimiser settings. SGD follows Koch (one group per layer, lr decaying 1 % per epoch, momentum
/// rising linearly to a final value, per-layer L2); Adam follows the reproduction.
struct OptimizerConfig
{
    QString kind = QStringLiteral("adam"); ///< "sgd" or "adam"
    double lr = 1e-3;
    double headLr = -1; ///< learning rate of the head; -1: same as lr
    double weightDecay = 0.0;
    double headWeightDecay = -1; ///< -1: same as weightDecay
    // SGD only
    double momentumStart = 0.5;
    double momentumEnd = 0.9;
    int momentumEpochs = 20; ///< epochs over which momentum rises linearly

    static const SettingList<OptimizerConfig> &settings();
    QJsonObject toJson() const;
    static OptimizerConfig fromJson(const QJsonObject &json);
    double effectiveHeadLr() const { return headLr > 0 ? headLr : lr; }
    double effectiveHeadWeightDecay() const { return headWeightDecay >= 0 ? headWeightDecay : weightDecay; }
};

/// A learning-rate schedule, with PyTorch's formulas.
struct SchedulerConfig
{
    /// constant, step, exponential, exponential_run, cosine, triangular, triangular2, plateau
    QString kind = QStringLiteral("constant");
    double gamma = 0.1;      ///< step, exponential, plateau factor
    int stepSize = 10;       ///< step: epochs; triangular: batches per half cycle
    double baseLr = 1e-4;    ///< cyclic lower bound (the optimiser lr is the upper bound)
    int patience = 3;        ///< plateau
    double threshold = 1e-4; ///< plateau, relative ("rel" mode, as PyTorch's default)
    double minLr = 0.0;      ///< plateau floor; cosine floor
    int totalEpochs = 0;     ///< cosine: T_max in epochs (0: the run's epochs)
    /// exponential_run: the factor reached at the run's end, whichever of its epochs and its time
    /// budget ends it first; the rate decays smoothly, step by step, as lr * final^progress.
    double finalFactor = 0.02;

    static const SettingList<SchedulerConfig> &settings();
    QJsonObject toJson() const;
    static SchedulerConfig fromJson(const QJsonObject &json);
    bool cyclic() const { return kind == QLatin1String("triangular") || kind == QLatin1String("triangular2"); }
};

/// Everything that defines a training run: enough to rerun it (config.json). Every field is
/// described once in settings() (key, type, range, label, group); JSON, the CLI's --set and
/// the GUI's form are derived from that description.
struct TrainConfig
{
    QString protocol = QStringLiteral("lake");
    model::ModelSpec model = model::ModelSpec::cpu();
    OptimizerConfig optimizer;
    SchedulerConfig scheduler;
    LossConfig loss;
    int pairsPerEpoch = 30000;
    /// "fixed": the pairs are drawn once and every epoch shows them with the same distorted
    /// views (Koch's Table 1 axis is the size of that set); "fresh": drawn anew each epoch.
    QString pairSet = QStringLiteral("fresh");
    int augment = 0;                             ///< K distorted views per pair besides the plain one
    QString distortion = QStringLiteral("koch"); ///< koch, torchvision, none
    double distortionScale = 1.0;                ///< every range of the distortion times this
    double sameAlphabetNegatives = 0.5;
    /// Training characters turned by 90, 180 and 270 degrees count as classes of their own.
    bool rotatedClasses = false;
    /// Training characters mirrored left to right (and, with rotated classes, each of their turns)
    /// count as classes of their own.
    bool mirroredClasses = false;
    /// Draw each batch's pairs from this many alphabets, so the cross pairs are same-alphabet
    /// distractors as in Lake's runs (0: from all alphabets).
    int batchAlphabets = 0;
    int batchSize = 128;
    int epochs = 200;
    double minutes = 0; ///< time budget; 0: none
    std::uint64_t seed = 42;
    QString device = QStringLiteral("auto"); ///< auto, cpu, cuda
    /// fp32; bf16 (autocast: convolutions and matrix products in bfloat16, where the CPU has
    /// bf16 instructions, or on CUDA); fp16 (CUDA). Master weights, gradients and loss stay fp32.
    QString precision = QStringLiteral("fp32");
    int threads = 0;       ///< torch intra-op threads; 0: all cores
    int loaderThreads = 1; ///< threads preparing batches ahead
    /// Data-parallel: batch norm over the whole batch of all ranks; off, over each rank's share.
    bool syncBatchNorm = false;
    /// On the CPU the layers after the first run on channels-last (NHWC) activations: faster, but
    /// LibTorch's channels-last batch norm sums less exactly, so runs on other thread counts or
    /// numbers of workers drift apart sooner than in NCHW.
    bool channelsLast = true;
    int logEvery = 10; ///< a metrics row every N optimiser steps
    /// Also write checkpoints/last.pt this often inside an epoch, so a crash loses minutes, not an
    /// epoch (0: only at the end of each epoch).
    double checkpointMinutes = 5;
    int validationPairs = 2000;
    int validationTrials = 200; ///< one-shot trials on the validation split
    int validationWays = 20;
    /// val_oneshot, val_acc_tuned, val_acc_05 (the reproduction's), val_loss
    QString earlyStopMetric = QStringLiteral("val_oneshot");
    int patience = 0;              ///< epochs without improvement before stopping; 0: off
    bool evaluateTestAtEnd = true; ///< one-shot on the protocol's test (Lake's runs) with the best checkpoint
    /// Test-time views of each image in the final test and in `oneshot evaluate` (1: the image
    /// alone; see eval::embedImages). Validation after each epoch scores the image alone.
    int testViews = 16;
    QString runsPath;   ///< Lake's runs (all_runs.zip); empty: <data>/all_runs.zip
    QString dataFolder; ///< resolved data folder (recorded for reruns)

    /// The format config.json carries; older formats are read and updated (see fromJson).
    static QString currentFormat();
    /// Every setting, in form order.
    static const SettingList<TrainConfig> &settings();

    QJsonObject toJson() const;
    /// Reads a config, also one of an older format; throws Error naming the key, the value and
    /// what is allowed (unknown keys are refused too).
    static TrainConfig fromJson(const QJsonObject &json);
    static TrainConfig fromFile(const QString &path);

    /// Sets one setting from text, as `--set KEY=VALUE` does; throws Error as fromJson does.
    void set(const QString &key, const QString &text);
    /// Applies "KEY=VALUE" assignments in order.
    void apply(const QStringList &assignments);
    /// The value of one setting as text that set() reads back.
    QString text(const QString &key) const;
    /// Checks what no single setting can: combinations (a cyclic base below the lr, at least one
    /// loss term). Throws Error naming the keys.
    void validate() const;

    /// The presets: cpu, koch2015, reproduction, tiny.
    static QStringList presetNames();
    /// A preset's display name (translated).
    static QString presetLabel(const QString &preset);
    /// The preset's settings as KEY=VALUE assignments over the defaults.
    static QStringList presetAssignments(const QString &preset);
    /// The recommended settings of a preset; throws Error naming an unknown preset.
    static TrainConfig forPreset(const QString &preset);

    bool operator==(const TrainConfig &o) const { return toJson() == o.toJson(); }
};

} // namespace oneshot::train
