#pragma once

#include <functional>
#include <vector>

#include <QString>
#include <QStringList>

#include <torch/torch.h>

#include "data/OneShotTasks.h"
#include "eval/KShotTypes.h"
#include "data/Protocol.h"
#include "eval/OneShotResult.h"
#include "model/SiameseNet.h"

namespace oneshot::eval {

/// Logits [Q, C] of each query embedding ([Q, E]) against each class, a class being given by
/// the support embeddings ([S, E]) whose label (supportLabels, 0..classes-1) is its index.
/// Throws Error if a class has no support image.
torch::Tensor classScores(model::SiameseNet &net, const torch::Tensor &queries, const torch::Tensor &support,
                          const std::vector<int> &supportLabels, int classes, KShotMode mode);

/// Scores K-shot trials (each candidate with its OneShotTrial::moreShots; one-shot trials as
/// evaluateOneShot does); a tie for the top score is wrong.
OneShotResult evaluateKShot(model::SiameseNet &net, const data::OneShotTaskSet &tasks, const torch::Device &device,
                            KShotMode mode, int views = 1);

/// Accuracy against N for each K, on tasks sampled from `subset` (the same seed, the same tasks
/// for every model). `progress(done, total)` is called after each point; when it returns false
/// the points so far are returned.
std::vector<WaysPoint> waysCurve(model::SiameseNet &net, const data::Omniglot &data, const data::Subset &subset,
                                 const WaysCurveOptions &options, const torch::Device &device,
                                 const std::function<bool(int, int)> &progress = {});

} // namespace oneshot::eval
