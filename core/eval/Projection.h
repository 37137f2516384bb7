#pragma once

#include <cstdint>
#include <vector>

#include <torch/torch.h>

namespace oneshot::eval {

/// Points in the plane, one per row of the data projected.
using Points2d = std::vector<std::pair<double, double>>;

/// The first two principal components (OpenCV's PCA) of the rows of `data` ([N, D], N >= 2).
Points2d projectPca(const torch::Tensor &data);

struct TsneOptions
{
    double perplexity = 30;
    int iterations = 1000;
    std::uint64_t seed = 1;
    /// Exact t-SNE costs N x N memory and time per iteration; larger sets are refused.
    int maxPoints = 5000;
};

/// t-SNE (van der Maaten and Hinton 2008), exact: Gaussian affinities at the given perplexity,
/// Student-t in the plane, early exaggeration 12 for the first 250 iterations, momentum 0.5 then
/// 0.8 and per-coordinate gains. Data of more than 50 dimensions is first reduced to 50 by PCA.
/// Seeded: the same data and options give the same points. Throws Error for fewer than 4 points
/// or more than maxPoints.
Points2d projectTsne(const torch::Tensor &data, const TsneOptions &options = {});

/// The share of each point's k nearest neighbours in `data` that are also among its k nearest
/// in `points`: how much of the neighbourhood a projection keeps (1: all).
double neighboursKept(const torch::Tensor &data, const Points2d &points, int k);

} // namespace oneshot::eval
