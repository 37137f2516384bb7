#pragma once

#include <torch/torch.h>

#include "data/BatchQueue.h"
#include "model/SiameseNet.h"
#include "train/LossConfig.h"

namespace oneshot::train {

/// One step's loss: what to backpropagate, and each term's value for the metrics.
struct LossValue
{
    torch::Tensor total; ///< the weighted sum of the terms that are on
    torch::Tensor terms; ///< [lossTermNames().size()], unweighted, detached; NaN where a term is off
};

/// The training loss of LossConfig, over one batch of sampled pairs and, for the terms that use
/// them, the batch's cross pairs (every left image against every right image).
class Loss
{
public:
    explicit Loss(LossConfig config);

    /// `left` and `right`: the twins' embeddings of the batch's images ([n, E] each); `logits`:
    /// the head's scores of the sampled pairs ([n]).
    LossValue operator()(model::SiameseNet &net, const torch::Tensor &left, const torch::Tensor &right,
                         const torch::Tensor &logits, const data::Batch &batch) const;

    const LossConfig &config() const { return m_config; }

private:
    LossConfig m_config;
};

} // namespace oneshot::train
