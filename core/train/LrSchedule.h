#pragma once

#include <QJsonObject>

#include "train/TrainConfig.h"

namespace oneshot::train {

/// Learning-rate schedules with the formulas of PyTorch's Python classes, which LibTorch lacks
/// (ExponentialLR, CyclicLR triangular/triangular2, ReduceLROnPlateau, CosineAnnealingLR) or has
/// (StepLR). It yields a factor applied to each parameter group's own initial learning rate, so
/// per-layer rates keep their ratios.
class LrSchedule
{
public:
    LrSchedule(const SchedulerConfig &config, double maxLr, int runEpochs);

    /// Factor for the optimiser step with global index `step` (0-based) during `epoch` (0-based);
    /// `progress` is the part of the run done, 0 to 1 (see runProgress), which only
    /// exponential_run reads.
    double factor(long long step, int epoch, double progress = 0.0) const;
    /// Called after each epoch with the validation metric (for plateau); `higherIsBetter` tells
    /// the mode.
    void epochEnd(double metric, bool higherIsBetter);
    bool perBatch() const;

    QJsonObject state() const;
    void setState(const QJsonObject &state);

    /// The part of a run done before its step `step`: the larger of the steps' share of all
    /// `epochs` x `stepsPerEpoch` steps and, with a time budget (budgetSeconds > 0), the time's
    /// share of it; clamped to [0, 1].
    static double runProgress(long long step, int epochs, long long stepsPerEpoch, double seconds,
                              double budgetSeconds);

private:
    SchedulerConfig m_config;
    double m_maxLr;
    int m_runEpochs;
    // ReduceLROnPlateau state
    double m_plateauFactor = 1.0;
    double m_best = 0.0;
    bool m_hasBest = false;
    int m_bad = 0;
};

} // namespace oneshot::train
