#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "export/Plot.h"
#include "reproduce/Experiment.h"

namespace oneshot::reproduce {

/// Writes an experiment's table from its rows: table.json (the experiment, its note and one
/// object per cell with its coordinates, ours, paper, seed and run folder), table.csv and
/// table.md. Returns table.json's content.
QJsonObject writeTable(const Experiment &experiment, const QJsonArray &rows, const QString &outDir);

/// The table as Markdown (what table.md holds): cited rows marked, accuracies in percent.
QString tableMarkdown(const QJsonObject &table);

/// The experiment's figures as charts: ours beside the published numbers; for schedules, the
/// cells' curves (validation, loss, learning rate) overlaid from their metrics.csv.
std::vector<std::pair<QString, exporting::Plot>> experimentPlots(const QJsonObject &table, const QString &outDir);

/// Writes experimentPlots() as <name>.svg and <name>.png into the folder.
void writeFigures(const QJsonObject &table, const QString &outDir);

} // namespace oneshot::reproduce
