#pragma once

#include <torch/torch.h>

#include "data/BatchQueue.h"
#include "dist/Collective.h"
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
    ///
    /// Data-parallel (`world` with more than one rank, `batch` one rank's share): each term is
    /// this rank's part, so that the terms and their gradients summed over the ranks are those
    /// of the whole batch on one process. The pair terms are this share's sum over the whole
    /// batch's count; the cross-pair terms gather every rank's embeddings, are computed whole on
    /// each rank and divided by the number of ranks (the gather sums their gradients back).
    LossValue operator()(model::SiameseNet &net, const torch::Tensor &left, const torch::Tensor &right,
                         const torch::Tensor &logits, const data::Batch &batch,
                         dist::Collective *world = nullptr) const;

    const LossConfig &config() const { return m_config; }

private:
    LossConfig m_config;
};

} // namespace oneshot::train
