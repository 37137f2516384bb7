#pragma once

#include <QJsonObject>
#include <QString>

#include <torch/torch.h>

#include "data/OneShotTasks.h"
#include "data/Protocol.h"
#include "model/SiameseNet.h"
#include "train/Checkpoint.h"
#include "train/Metrics.h"
#include "train/TrainConfig.h"

namespace oneshot::train {

/// A run's validation: verification pairs and one-shot trials on the protocol's validation
/// split, drawn once from the run's seed, so every epoch is scored on the same sets.
class Validation
{
public:
    Validation(const TrainConfig &config, const data::Omniglot &data, const data::Protocol &protocol);

    /// Scores the net: the val_ fields of the metrics, and the spread of the verification
    /// probabilities (about 0 for a collapsed net).
    EpochMetrics score(model::SiameseNet &net, const torch::Device &device, double *spread = nullptr) const;
    /// What the sampling of the trials could not do as asked, for the log.
    const QStringList &notes() const { return m_tasks.notes; }

private:
    data::VerificationSet m_pairs;
    data::OneShotTaskSet m_tasks;
};

/// Picks the best epoch by one validation figure and says when its patience has run out. Its
/// state is part of the checkpoint, so a resumed run continues it.
class EarlyStopping
{
public:
    EarlyStopping(QString metric, int patience);

    /// The metric's value in an epoch's figures.
    double valueOf(const EpochMetrics &m) const;
    bool higherIsBetter() const;
    /// Records an epoch: returns true (and marks m.best) when it is the best so far.
    bool record(EpochMetrics &m, CheckpointState &state) const;
    /// True when `patience` epochs in a row brought no improvement.
    bool exhausted(const CheckpointState &state) const;
    /// The validation figures kept for the best epoch (result.json's "best").
    static QJsonObject figures(const EpochMetrics &m);

private:
    QString m_metric;
    int m_patience;
};

} // namespace oneshot::train
