#include "eval/Projection.h"

#include <algorithm>
#include <cmath>

#include <opencv2/core.hpp>

#include "common/Error.h"

namespace oneshot::eval {

namespace {

cv::Mat toMat(const torch::Tensor &data)
{
    const torch::Tensor t = data.to(torch::kCPU, torch::kFloat).contiguous();
    return cv::Mat(static_cast<int>(t.size(0)), static_cast<int>(t.size(1)), CV_32F, t.data_ptr<float>()).clone();
}

/// Rows projected onto the first `components` principal axes.
torch::Tensor pcaReduce(const torch::Tensor &data, int components)
{
    const cv::Mat m = toMat(data);
    const cv::PCA pca(m, cv::noArray(), cv::PCA::DATA_AS_ROW, components);
    cv::Mat projected = pca.project(m);
    return torch::from_blob(projected.ptr<float>(), {projected.rows, projected.cols}, torch::kFloat).clone();
}

torch::Tensor squaredDistances(const torch::Tensor &x)
{
    const torch::Tensor sq = x.pow(2).sum(1, true);
    return (sq + sq.t() - 2 * x.matmul(x.t())).clamp_min(0);
}

/// Row-wise Gaussian affinities whose entropy matches log(perplexity), by bisection on beta.
torch::Tensor affinities(const torch::Tensor &distances, double perplexity)
{
    const long n = distances.size(0);
    const double target = std::log(perplexity);
    torch::Tensor p = torch::zeros_like(distances);
    auto d = distances.accessor<double, 2>();
    auto out = p.accessor<double, 2>();
    std::vector<double> row(static_cast<std::size_t>(n));
    for (long i = 0; i < n; ++i) {
        double beta = 1, lo = 0, hi = std::numeric_limits<double>::infinity();
        for (int step = 0; step < 64; ++step) {
            double sum = 0, weighted = 0;
            for (long j = 0; j < n; ++j) {
                row[static_cast<std::size_t>(j)] = j == i ? 0 : std::exp(-beta * d[i][j]);
                sum += row[static_cast<std::size_t>(j)];
                weighted += row[static_cast<std::size_t>(j)] * d[i][j];
            }
            sum = std::max(sum, 1e-300);
            const double entropy = std::log(sum) + beta * weighted / sum;
            for (long j = 0; j < n; ++j)
                out[i][j] = row[static_cast<std::size_t>(j)] / sum;
            if (std::abs(entropy - target) < 1e-5)
                break;
            if (entropy > target) {
                lo = beta;
                beta = std::isinf(hi) ? beta * 2 : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = (beta + lo) / 2;
            }
        }
    }
    return p;
}

Points2d toPoints(const torch::Tensor &y)
{
    const torch::Tensor t = y.to(torch::kDouble).contiguous();
    Points2d points;
    for (long i = 0; i < t.size(0); ++i)
        points.emplace_back(t[i][0].item<double>(), t[i][1].item<double>());
    return points;
}

} // namespace

Points2d projectPca(const torch::Tensor &data)
{
    if (data.dim() != 2 || data.size(0) < 2)
        throw Error(QObject::tr("A projection needs at least 2 points"));
    if (data.size(1) < 2)
        return toPoints(torch::cat({data.to(torch::kDouble), torch::zeros({data.size(0), 1}, torch::kDouble)}, 1));
    return toPoints(pcaReduce(data, 2));
}

Points2d projectTsne(const torch::Tensor &data, const TsneOptions &options)
{
    const long n = data.size(0);
    if (data.dim() != 2 || n < 4)
        throw Error(QObject::tr("t-SNE needs at least 4 points, got %1").arg(n));
    if (n > options.maxPoints)
        throw Error(QObject::tr("t-SNE here is exact and takes at most %1 points, got %2: choose a smaller set, or "
                                "use PCA")
                        .arg(options.maxPoints)
                        .arg(n));
    torch::NoGradGuard noGrad;
    torch::Tensor x = data.size(1) > 50 ? pcaReduce(data, 50) : data.to(torch::kFloat);
    x = x.to(torch::kDouble);
    const double perplexity = std::min(options.perplexity, (n - 1) / 3.0);
    torch::Tensor p = affinities(squaredDistances(x), perplexity);
    p = (p + p.t()) / (2.0 * static_cast<double>(n));
    p = p.clamp_min(1e-12);

    torch::Generator generator = at::detail::createCPUGenerator(options.seed);
    torch::Tensor y = torch::randn({n, 2}, generator, torch::kDouble) * 1e-4;
    torch::Tensor velocity = torch::zeros_like(y);
    torch::Tensor gains = torch::ones_like(y);
    const double rate = std::max(static_cast<double>(n) / 12.0, 50.0);
    for (int it = 0; it < options.iterations; ++it) {
        const double exaggeration = it < 250 ? 12.0 : 1.0;
        const double momentum = it < 250 ? 0.5 : 0.8;
        // Student-t affinities in the plane.
        torch::Tensor num = 1.0 / (1.0 + squaredDistances(y));
        num.fill_diagonal_(0);
        const torch::Tensor q = (num / num.sum()).clamp_min(1e-12);
        const torch::Tensor w = (exaggeration * p - q) * num; // [N, N]
        const torch::Tensor grad = 4.0 * (w.sum(1, true) * y - w.matmul(y));
        // Per-coordinate gains grow where the step keeps its direction.
        const torch::Tensor same = (grad > 0) == (velocity > 0);
        gains = torch::where(same, gains * 0.8, gains + 0.2).clamp_min(0.01);
        velocity = momentum * velocity - rate * gains * grad;
        y = y + velocity;
        y = y - y.mean(0, true);
    }
    return toPoints(y);
}

double neighboursKept(const torch::Tensor &data, const Points2d &points, int k)
{
    const long n = data.size(0);
    if (n <= k || static_cast<long>(points.size()) != n)
        return 0;
    torch::Tensor plane = torch::empty({n, 2}, torch::kDouble);
    for (long i = 0; i < n; ++i) {
        plane[i][0] = points[static_cast<std::size_t>(i)].first;
        plane[i][1] = points[static_cast<std::size_t>(i)].second;
    }
    auto nearest = [k](torch::Tensor distances) {
        distances.fill_diagonal_(std::numeric_limits<double>::infinity());
        return std::get<1>(distances.topk(k, 1, false));
    };
    const torch::Tensor a = nearest(squaredDistances(data.to(torch::kDouble)));
    const torch::Tensor b = nearest(squaredDistances(plane));
    long kept = 0;
    auto aa = a.accessor<long, 2>();
    auto bb = b.accessor<long, 2>();
    for (long i = 0; i < n; ++i)
        for (int u = 0; u < k; ++u)
            for (int v = 0; v < k; ++v)
                kept += aa[i][u] == bb[i][v] ? 1 : 0;
    return static_cast<double>(kept) / static_cast<double>(n * k);
}

} // namespace oneshot::eval
