#pragma once

#include <memory>
#include <vector>

#include <torch/torch.h>

#include "model/SiameseNet.h"
#include "train/TrainConfig.h"

namespace oneshot::train {

/// Parameter groups: SGD gets one group per layer (Koch's per-layer rates and momentum, a batch
/// norm joining the conv before it), Adam one for the twin and one for the head (the
/// reproduction's head settings).
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(model::SiameseNet &net, const OptimizerConfig &config);

/// Koch's momentum ramp: for SGD, momentum rises linearly from its start to its final value over
/// the configured epochs. Does nothing for Adam.
void setMomentumForEpoch(torch::optim::Optimizer &optimizer, const OptimizerConfig &config, int epoch);

/// Scales every group's initial learning rate by a schedule's factor, so per-layer rates keep
/// their ratios.
class LrScaler
{
public:
    explicit LrScaler(torch::optim::Optimizer &optimizer);
    void setFactor(double factor);
    /// The first group's current rate (what the metrics log).
    double current() const;

private:
    torch::optim::Optimizer &m_optimizer;
    std::vector<double> m_base;
};

} // namespace oneshot::train
