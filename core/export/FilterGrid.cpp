#include "export/FilterGrid.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace oneshot::exporting {

cv::Mat mapGrid(const float *maps, int channels, int height, int width, const GridOptions &o)
{
    const int cols = o.columns > 0 ? o.columns : static_cast<int>(std::ceil(std::sqrt(static_cast<double>(channels))));
    const int rows = (channels + cols - 1) / cols;
    const int cw = width * o.cellScale;
    const int ch = height * o.cellScale;
    // Gaps scale with the cells, so a zoomed grid keeps its proportions.
    cv::Mat grid(rows * ch + (rows + 1) * o.gap, cols * cw + (cols + 1) * o.gap, CV_8UC1, cv::Scalar(40));
    const std::size_t cell = static_cast<std::size_t>(height) * width;
    float gmin = 0;
    float gmax = 0;
    if (!o.perCellNorm && channels > 0) {
        const auto [lo, hi] = std::minmax_element(maps, maps + cell * channels);
        // Symmetric about zero, so zero is mid grey across the whole grid.
        gmax = std::max(std::abs(*lo), std::abs(*hi));
        gmin = -gmax;
    }
    for (int c = 0; c < channels; ++c) {
        const float *m = maps + cell * c;
        float lo = gmin;
        float hi = gmax;
        if (o.perCellNorm) {
            const auto [a, b] = std::minmax_element(m, m + cell);
            lo = *a;
            hi = *b;
        }
        const float range = hi - lo > 1e-12f ? hi - lo : 1.0f;
        cv::Mat small(height, width, CV_8UC1);
        for (int i = 0; i < static_cast<int>(cell); ++i)
            small.data[i] = static_cast<uchar>(std::clamp((m[i] - lo) / range * 255.0f, 0.0f, 255.0f));
        cv::Mat big;
        cv::resize(small, big, cv::Size(cw, ch), 0, 0, cv::INTER_NEAREST);
        const int r = c / cols;
        const int k = c % cols;
        big.copyTo(grid(cv::Rect(o.gap + k * (cw + o.gap), o.gap + r * (ch + o.gap), cw, ch)));
    }
    return grid;
}

cv::Mat filterGrid(const model::FilterSnapshot &f, const GridOptions &options)
{
    const std::size_t k2 = static_cast<std::size_t>(f.kernel) * f.kernel;
    std::vector<float> first(static_cast<std::size_t>(f.out) * k2);
    for (int o = 0; o < f.out; ++o)
        std::copy_n(f.weights.data() + static_cast<std::size_t>(o) * f.in * k2, k2, first.data() + o * k2);
    return mapGrid(first.data(), f.out, f.kernel, f.kernel, options);
}

} // namespace oneshot::exporting
