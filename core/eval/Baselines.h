#pragma once

#include "data/OneShotTasks.h"
#include "eval/OneShotResult.h"

namespace oneshot::eval {

/// Nearest neighbour on raw pixels: the candidate at the smallest Euclidean distance (ink as 1).
OneShotResult pixelNearestNeighbour(const data::OneShotTaskSet &tasks);

/// The modified Hausdorff distance of Lake's demo: each image is the set of its ink pixels'
/// coordinates, centred on their mean; the distance is the larger of the two mean nearest-point
/// distances (Dubuisson and Jain 1994); the candidate at the smallest distance wins.
OneShotResult modifiedHausdorff(const data::OneShotTaskSet &tasks, int threads = 0);

/// The modified Hausdorff distance between two point sets (x, y as float pairs).
double modifiedHausdorffDistance(const std::vector<float> &a, const std::vector<float> &b);

} // namespace oneshot::eval
