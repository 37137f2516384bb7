#include "eval/Baselines.h"

#include <cmath>
#include <limits>

#include <opencv2/imgproc.hpp>

#include "common/Parallel.h"

namespace oneshot::eval {

namespace {

/// Ink pixel coordinates (row, col), centred on their mean, as in Lake's LoadImgAsPoints.
std::vector<float> inkPoints(const cv::Mat &img)
{
    std::vector<float> pts;
    double sr = 0;
    double sc = 0;
    for (int r = 0; r < img.rows; ++r) {
        const auto *row = img.ptr<uchar>(r);
        for (int c = 0; c < img.cols; ++c) {
            if (row[c] < 128) {
                pts.push_back(static_cast<float>(r));
                pts.push_back(static_cast<float>(c));
                sr += r;
                sc += c;
            }
        }
    }
    const std::size_t n = pts.size() / 2;
    if (n == 0)
        return pts;
    const auto mr = static_cast<float>(sr / n);
    const auto mc = static_cast<float>(sc / n);
    for (std::size_t i = 0; i < n; ++i) {
        pts[2 * i] -= mr;
        pts[2 * i + 1] -= mc;
    }
    return pts;
}

OneShotResult prepare(const data::OneShotTaskSet &tasks, const QString &method)
{
    OneShotResult r;
    r.method = method;
    r.runs = tasks.runCount;
    r.scores.resize(tasks.trials.size());
    for (const auto &t : tasks.trials) {
        r.answers.push_back(t.answer);
        r.runOfTrial.push_back(t.run);
    }
    return r;
}

} // namespace

double modifiedHausdorffDistance(const std::vector<float> &a, const std::vector<float> &b)
{
    const std::size_t na = a.size() / 2;
    const std::size_t nb = b.size() / 2;
    if (na == 0 || nb == 0)
        return std::numeric_limits<double>::infinity();
    std::vector<float> minB(nb, std::numeric_limits<float>::infinity());
    double sumA = 0;
    for (std::size_t i = 0; i < na; ++i) {
        const float ax = a[2 * i];
        const float ay = a[2 * i + 1];
        float best = std::numeric_limits<float>::infinity();
        for (std::size_t j = 0; j < nb; ++j) {
            const float dx = ax - b[2 * j];
            const float dy = ay - b[2 * j + 1];
            const float d = dx * dx + dy * dy;
            best = std::min(best, d);
            minB[j] = std::min(minB[j], d);
        }
        sumA += std::sqrt(best);
    }
    double sumB = 0;
    for (float d : minB)
        sumB += std::sqrt(d);
    return std::max(sumA / na, sumB / nb);
}

OneShotResult pixelNearestNeighbour(const data::OneShotTaskSet &tasks)
{
    OneShotResult r = prepare(tasks, QStringLiteral("pixels"));
    for (std::size_t t = 0; t < tasks.trials.size(); ++t) {
        const auto &trial = tasks.trials[t];
        cv::Mat q;
        tasks.images[trial.query].convertTo(q, CV_32F, 1.0 / 255);
        for (int c : trial.candidates) {
            cv::Mat x;
            tasks.images[c].convertTo(x, CV_32F, 1.0 / 255);
            if (x.size() != q.size())
                cv::resize(x, x, q.size());
            r.scores[t].push_back(static_cast<float>(-cv::norm(q, x, cv::NORM_L2)));
        }
    }
    decide(r);
    return r;
}

OneShotResult modifiedHausdorff(const data::OneShotTaskSet &tasks, int threads)
{
    OneShotResult r = prepare(tasks, QStringLiteral("hausdorff"));
    std::vector<std::vector<float>> points(tasks.images.size());
    parallelFor(static_cast<int>(points.size()), defaultThreads(threads),
                [&](int i) { points[i] = inkPoints(tasks.images[i]); });
    parallelFor(static_cast<int>(tasks.trials.size()), defaultThreads(threads), [&](int t) {
        const auto &trial = tasks.trials[t];
        for (int c : trial.candidates)
            r.scores[t].push_back(static_cast<float>(-modifiedHausdorffDistance(points[trial.query], points[c])));
    });
    decide(r);
    return r;
}

} // namespace oneshot::eval
