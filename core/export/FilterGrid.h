#pragma once

#include <vector>

#include <QString>

#include <opencv2/core.hpp>

#include "model/FilterSnapshot.h"

namespace oneshot::exporting {

/// The maps of one conv layer for one image: [channels][height][width].
struct LayerMaps
{
    QString name; ///< "conv1"
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<float> values;
};

struct GridOptions
{
    int cellScale = 4;       ///< pixels per filter weight (nearest neighbour: sharp cells)
    int gap = 2;             ///< pixels between cells
    bool perCellNorm = true; ///< normalise each cell to its own range, else one global range
    int columns = 0;         ///< 0: about square
};

/// The first-layer filters as one grid image (CV_8UC1; mid grey is zero, dark negative, light
/// positive for global normalisation). Only the first input channel is shown.
cv::Mat filterGrid(const model::FilterSnapshot &filters, const GridOptions &options = {});

/// Feature maps [channels][h*w] as one grid image (CV_8UC1, per-map or global normalisation).
cv::Mat mapGrid(const float *maps, int channels, int height, int width, const GridOptions &options = {});

} // namespace oneshot::exporting
