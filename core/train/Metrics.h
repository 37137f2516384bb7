#pragma once

#include <cmath>
#include <limits>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace oneshot::train {

/// One logged optimiser step (a row of metrics.csv with kind "step").
struct StepMetrics
{
    long long step = 0;
    int epoch = 0;
    double epochProgress = 0; ///< 0..1 within the epoch
    double wallSeconds = 0;
    double lr = 0;
    double loss = 0; ///< mean total loss of the steps since the last row
    /// Mean unweighted value of each loss term since the last row, in lossTermNames() order
    /// (NaN for a term that is off).
    std::vector<double> terms;
    double pairsPerSecond = 0;
    double etaSeconds = -1; ///< to the end of the run (epochs or time budget); -1 unknown
    double progress = 0;    ///< 0..1 of the whole run
};

/// One epoch's validation (a row of metrics.csv with kind "epoch").
struct EpochMetrics
{
    int epoch = 0; ///< 1-based: epochs completed
    long long step = 0;
    double wallSeconds = 0;
    double lr = 0;
    double trainLoss = 0;
    double valLoss = std::numeric_limits<double>::quiet_NaN();
    double valAccAtHalf = std::numeric_limits<double>::quiet_NaN();
    double valAccTuned = std::numeric_limits<double>::quiet_NaN();
    double valThreshold = std::numeric_limits<double>::quiet_NaN();
    double valOneShot = std::numeric_limits<double>::quiet_NaN();
    bool best = false;
};

/// Sets m.progress and m.etaSeconds from the views done so far and in the whole run, at
/// m.pairsPerSecond; with a time budget (seconds > 0), also from m.wallSeconds against it.
void estimateProgress(StepMetrics &m, double doneViews, double totalViews, double budgetSeconds);

/// metrics.csv: the header and rows, so the CLI, the GUI and tests read and write the same file.
struct MetricsRow
{
    QString kind; ///< "step" or "epoch"
    StepMetrics step;
    EpochMetrics epoch;
};

/// The header: the fixed columns, then loss_<term> for each loss term.
QString metricsCsvHeader();
QString toCsvRow(const StepMetrics &m);
QString toCsvRow(const EpochMetrics &m);
/// Parses a metrics.csv, also one written before a column was added; rows it cannot read (a
/// line torn by a crash) are skipped. Throws Error if the file is missing or not a metrics file.
std::vector<MetricsRow> readMetricsCsv(const QString &path);

/// Reads a metrics.csv while a run (here or on another machine) is writing it: each update()
/// parses only the complete lines added since the last one; a line still being written waits for
/// the next. A file rewritten meanwhile (a resumed run keeps only the rows up to its checkpoint)
/// is read again from the start. Rows are parsed as readMetricsCsv parses them.
class MetricsFollower
{
public:
    explicit MetricsFollower(QString path);

    /// Reads what was added; true if the rows changed. Throws Error as readMetricsCsv does.
    bool update();
    const std::vector<MetricsRow> &rows() const { return m_rows; }
    QString path() const { return m_path; }

private:
    void readHeader(const QByteArray &line);

    QString m_path;
    QStringList m_header;
    std::vector<MetricsRow> m_rows;
    qint64 m_offset = 0;   ///< bytes read, up to the end of the last complete line
    QByteArray m_lastLine; ///< that line, to notice a rewritten file
};

} // namespace oneshot::train
