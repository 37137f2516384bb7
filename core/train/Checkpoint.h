#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>

#include <torch/torch.h>

#include "data/PairSampler.h"
#include "model/SiameseNet.h"
#include "train/TrainConfig.h"

namespace oneshot::train {

/// Everything besides the tensors that a run needs to resume exactly.
struct CheckpointState
{
    TrainConfig config;
    int epoch = 0;          ///< the epoch to continue in
    int batchInEpoch = 0;   ///< batches of that epoch already trained
    long long step = 0;     ///< optimiser steps so far
    double wallSeconds = 0; ///< training time so far (pauses excluded)
    data::PairSampler::State sampler;
    QJsonObject schedule;
    double bestMetric = 0;
    bool hasBest = false;
    int badEpochs = 0;
    double windowLossSum = 0; ///< loss summed since the last logged row
    int windowSteps = 0;
    std::vector<double> windowTermSums; ///< each loss term summed since the last logged row
    double epochLossSum = 0;            ///< loss summed over the epoch so far
    int epochSteps = 0;
    QJsonObject bestFigures; ///< validation figures of the best epoch
    QJsonObject lossScale;   ///< the fp16 loss scaler's state (LossScaler::state); empty otherwise

    QJsonObject toJson() const;
    static CheckpointState fromJson(const QJsonObject &json);
};

/// Writes model, optimiser (may be null) and state to one file, atomically (a temporary file,
/// then a rename), so a crash never leaves a half-written checkpoint.
void saveCheckpoint(const QString &path, model::SiameseNet &net, torch::optim::Optimizer *optimizer,
                    const CheckpointState &state);

/// Reads only the state (config, counters) of a checkpoint. Throws Error naming the file if it
/// is missing, truncated, corrupt, or not a checkpoint of this program.
CheckpointState readCheckpointState(const QString &path);

/// Loads the tensors into a model built from the checkpoint's config (and the optimiser if
/// given). Returns false if an optimiser was given but the file holds no optimiser state (a
/// best.pt): the optimiser then stays fresh. Throws Error naming the file if the shapes do not
/// match (a stale checkpoint).
bool loadCheckpointTensors(const QString &path, model::SiameseNet &net, torch::optim::Optimizer *optimizer);

/// Builds the model of a checkpoint and loads its weights, for evaluation.
model::SiameseNet loadModel(const QString &path, CheckpointState *state = nullptr);

} // namespace oneshot::train
