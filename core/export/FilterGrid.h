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

/// A grid of filters or maps ready for a report: a given width (each value a crisp square of a
/// whole number of pixels), optional labels (the filter's or map's number) and a colour bar for
/// the value range.
struct FigureOptions
{
    int width = 1024;        ///< pixels, about (the cells are whole multiples of a value)
    int cellScale = 0;       ///< pixels per value, instead of width; 0: from width
    bool labels = true;      ///< each cell's number under it
    bool colourBar = true;   ///< the grey scale with its values (or "low"/"high" per cell)
    bool perCellNorm = true; ///< each cell its own range, else one range symmetric about zero
    int columns = 0;         ///< 0: about square
    QString title;
};

struct GridFigure
{
    cv::Mat image; ///< CV_8UC3, white background
    QString svg;   ///< the same figure, cells as squares (small) or crisp embedded images (large)
};

/// Maps [channels][height*width] as a figure.
GridFigure gridFigure(const float *maps, int channels, int height, int width, const FigureOptions &options = {});
/// The first input channel of the first-layer filters as a figure.
GridFigure filterFigure(const model::FilterSnapshot &filters, const FigureOptions &options = {});
/// Writes `base`.png and `base`.svg; throws Error naming the file that cannot be written.
void writeGridFigure(const GridFigure &figure, const QString &base);

} // namespace oneshot::exporting
