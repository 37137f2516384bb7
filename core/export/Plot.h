#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

namespace oneshot::exporting {

/// One curve of a line chart.
struct PlotSeries
{
    QString name;
    std::vector<double> x;
    std::vector<double> y;
    bool lines = true;
    bool markers = true;
    bool dashed = false; ///< published numbers are drawn dashed beside ours
};

/// One bar of a horizontal bar chart.
struct PlotBar
{
    QString label;
    double value = 0;
    bool cited = false; ///< a published figure (drawn hatched grey), not one of ours
};

/// A chart for reports and experiment folders: a line chart (series) or a horizontal bar chart
/// (bars), drawn the same way as SVG (text, for reports) and as a PNG image (OpenCV), without a
/// GUI library. Axes get nice ticks (1, 2, 2.5, 5 x 10^k).
struct Plot
{
    QString title;
    QString xLabel;
    QString yLabel;
    bool logX = false;
    std::optional<std::pair<double, double>> yRange;
    std::vector<PlotSeries> series;
    std::vector<PlotBar> bars;
};

/// A matrix chart, such as a confusion matrix: one row per truth, one column per prediction,
/// each cell shaded by its share of its row and labelled with its count where it fits.
struct Heatmap
{
    QString title;
    QString rowTitle;    ///< e.g. "truth"
    QString columnTitle; ///< e.g. "prediction"
    QStringList rows;
    QStringList columns;
    std::vector<std::vector<double>> values; ///< [row][column]
};

/// Tick values for an axis from lo to hi: about `count` round numbers that cover the range.
std::vector<double> niceTicks(double lo, double hi, int count = 5);
/// A tick value as short text: 0.25, 5e-4, 150k.
QString tickLabel(double value);

QString plotSvg(const Plot &plot, int width = 800, int height = 480);
cv::Mat plotImage(const Plot &plot, int width = 800, int height = 480);
/// Writes `base`.svg and `base`.png; throws Error naming the file that cannot be written.
void writePlot(const Plot &plot, const QString &base, int width = 800, int height = 480);

QString heatmapSvg(const Heatmap &map);
cv::Mat heatmapImage(const Heatmap &map);
/// Writes `base`.svg and `base`.png (sized by the number of rows and columns).
void writeHeatmap(const Heatmap &map, const QString &base);

} // namespace oneshot::exporting
