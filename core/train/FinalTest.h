#pragma once

#include <QJsonObject>
#include <QString>

#include <torch/torch.h>

#include "data/Omniglot.h"
#include "data/Protocol.h"
#include "train/TrainConfig.h"
#include "train/TrainObserver.h"

namespace oneshot::train {

/// The test, once, with a run's best checkpoint (selection never saw it): one-shot accuracy on
/// the protocol's test (Lake's 20 runs, or trials sampled from the test alphabets) and, under
/// `koch` and `seed`, verification on the test alphabets at 0.5 and at the threshold tuned on
/// validation.
/// Returns result.json's "test" object (empty when there was nothing to test on).
QJsonObject testCheckpoint(const TrainConfig &config, const data::Omniglot &data, const data::Protocol &protocol,
                           const QString &checkpoint, const torch::Device &device, double validationThreshold,
                           TrainObserver &observer);

} // namespace oneshot::train
