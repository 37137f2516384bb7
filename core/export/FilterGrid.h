#pragma once

#include <opencv2/core.hpp>

#include "train/Metrics.h"

namespace oneshot::exporting {

struct GridOptions
{
    int cellScale = 4;       ///< pixels per filter weight (nearest neighbour: sharp cells)
    int gap = 2;             ///< pixels between cells
    bool perCellNorm = true; ///< normalise each cell to its own range, else one global range
    int columns = 0;         ///< 0: about square
};

/// The first-layer filters as one grid image (CV_8UC1; mid grey is zero, dark negative, light
/// positive for global normalisation). Only the first input channel is shown.
cv::Mat filterGrid(const train::FilterSnapshot &filters, const GridOptions &options = {});

/// Feature maps [channels][h*w] as one grid image (CV_8UC1, per-map or global normalisation).
cv::Mat mapGrid(const float *maps, int channels, int height, int width, const GridOptions &options = {});

} // namespace oneshot::exporting
