#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include <torch/torch.h>

#include "data/OneShotTasks.h"
#include "eval/OneShotResult.h"
#include "model/SiameseNet.h"

namespace oneshot::eval {

/// How a character given by several images (K-shot) is scored against a query.
enum class KShotMode {
    MeanScore,     ///< the mean of the head's logits against each of its images
    MeanEmbedding, ///< the logit against the mean of its images' embeddings
};

/// "mean-score", "mean-embedding".
QString kShotModeName(KShotMode mode);
QStringList kShotModeNames();
/// Throws Error naming the value and the choices.
KShotMode kShotModeFromName(const QString &name);

/// Logits [Q, C] of each query embedding ([Q, E]) against each class, a class being given by
/// the support embeddings ([S, E]) whose label (supportLabels, 0..classes-1) is its index.
/// Throws Error if a class has no support image.
torch::Tensor classScores(model::SiameseNet &net, const torch::Tensor &queries, const torch::Tensor &support,
                          const std::vector<int> &supportLabels, int classes, KShotMode mode);

/// Scores K-shot trials (each candidate with its OneShotTrial::moreShots; one-shot trials as
/// evaluateOneShot does); a tie for the top score is wrong.
OneShotResult evaluateKShot(model::SiameseNet &net, const data::OneShotTaskSet &tasks, const torch::Device &device,
                            KShotMode mode);

} // namespace oneshot::eval
