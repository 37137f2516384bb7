#pragma once

#include <utility>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "eval/KShotTypes.h"
#include "export/Plot.h"

namespace oneshot::exporting {

/// What a report covers.
struct ReportInput
{
    QStringList runs;        ///< run folders
    QStringList experiments; ///< experiment folders (oneshot reproduce)
    QString dataFolder;      ///< Omniglot, for Lake's runs (failed trials, baselines, a sample's maps)
    int maxFailures = 12;    ///< failed trials of Lake's runs shown per run
};

/// A report as HTML whose images are named ("img3.png"), with the images' PNG bytes, so a caller
/// can inline them (selfContained()) or hand them to a document renderer (the GUI's PDF).
struct ReportDocument
{
    QString html;
    std::vector<std::pair<QString, QByteArray>> images;
    /// One HTML file with every image inline (data: URLs).
    QString selfContained() const;
};

/// Builds the report: what was run (protocol, network, config, machine, data, version), the
/// curves, the tables beside the published numbers (cited rows marked), the first-layer filters,
/// the activation maps of a sample, the failed trials of Lake's runs with their scores, and the
/// baselines. Charts are inline SVG, or PNG images when `chartsAsImages` (for renderers without
/// SVG). Throws Error naming a folder that is neither a run nor an experiment.
ReportDocument buildReport(const ReportInput &input, bool chartsAsImages = false);

/// Accuracy against N, one curve per K, with chance (1/N) dashed: the chart the GUI, the CLI's
/// `evaluate --ways-curve` and the report draw from a run's ways_curve.csv.
Plot waysCurvePlot(const std::vector<eval::WaysPoint> &points, const QString &subtitle = {});

/// A confusion matrix ([truth][prediction] counts over `characters`) as a heatmap titled with
/// the accuracy: what `oneshot classify --queries` writes and the board shows.
Heatmap confusionHeatmap(const QStringList &characters, const std::vector<std::vector<int>> &confusion, int correct,
                         int labelled);

/// Writes buildReport(input).selfContained() to `path`, atomically.
void writeReport(const ReportInput &input, const QString &path);

} // namespace oneshot::exporting
