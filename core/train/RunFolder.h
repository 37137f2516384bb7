#pragma once

#include <memory>

#include <QFile>
#include <QJsonObject>
#include <QString>

#include "train/Metrics.h"
#include "train/TrainConfig.h"

namespace oneshot::train {

/// The files of one run (DESIGN.md section 7) and how they are written: config.json,
/// metrics.csv (appended row by row), checkpoints/best.pt and last.pt, result.json. Whole files
/// are written atomically.
class RunFolder
{
public:
    explicit RunFolder(QString dir);

    QString dir() const { return m_dir; }
    QString configPath() const;
    QString metricsPath() const;
    QString resultPath() const;
    QString lastCheckpoint() const;
    QString bestCheckpoint() const;

    /// Throws Error naming the folder if it exists and is not empty (a new run needs a new
    /// folder).
    void refuseIfNotEmpty() const;
    /// A new run: refuses a folder that is not empty, creates it and writes config.json and the
    /// metrics header.
    void create(const TrainConfig &config);
    /// A resumed run: keeps the metrics rows up to the checkpoint's step and epoch, so the file
    /// reads as one uninterrupted run.
    void reopen(long long step, int epoch);
    /// Appends one row to metrics.csv and flushes it.
    void appendMetrics(const QString &row);
    void writeResult(const QJsonObject &result);

private:
    QString m_dir;
    std::unique_ptr<QFile> m_metrics;
};

/// The checkpoint of a run folder: checkpoints/best.pt, else checkpoints/last.pt. Throws Error
/// naming the folder if it has neither.
QString runCheckpoint(const QString &runDir);

} // namespace oneshot::train
