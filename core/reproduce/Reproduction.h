#pragma once

#include <memory>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "data/Omniglot.h"
#include "reproduce/Experiment.h"
#include "train/TrainObserver.h"
#include "train/Trainer.h"

namespace oneshot::reproduce {

/// Follows an experiment: its cells, and the runs inside them (the TrainObserver part).
class ReproductionObserver : public train::TrainObserver
{
public:
    /// A cell begins: `what` says whether it trains, resumes or computes.
    virtual void onCell(int /*index*/, int /*count*/, const Cell & /*cell*/, const QString & /*what*/) { }
    /// A cell has its row (also a cell that was done before).
    virtual void onRow(int /*index*/, const QJsonObject & /*row*/) { }
};

/// Runs an experiment into a folder: one ordinary run folder per training cell, then the table
/// (table.json, table.csv, table.md) and figures (SVG and PNG). Cells that are done are kept; a
/// stopped cell resumes where it stopped; a stop request ends after the current step and leaves
/// everything resumable.
class Reproduction
{
public:
    /// `dataFolder`: Omniglot (with all_runs.zip); `mnistFolder`: MNIST's IDX files (for mnist).
    Reproduction(Experiment experiment, QString outDir, QString dataFolder, QString mnistFolder = {});

    /// Runs the cells that are not done and writes the table; returns table.json's content.
    /// Throws Error for a folder that holds another experiment or scale, or missing data.
    QJsonObject run(ReproductionObserver *observer = nullptr);
    void requestStop();
    /// Shares the stop flag with a controller on another thread.
    void setControl(std::shared_ptr<train::TrainControl> control) { m_control = std::move(control); }
    train::TrainControl &control() { return *m_control; }

    const Experiment &experiment() const { return m_experiment; }
    QString outDir() const { return m_outDir; }

private:
    QJsonObject runCell(const Cell &cell, ReproductionObserver &observer);
    QJsonObject train(const Cell &cell, ReproductionObserver &observer);
    void checkFolder();

    Experiment m_experiment;
    QString m_outDir;
    QString m_dataFolder;
    QString m_mnistFolder;
    std::shared_ptr<const data::Omniglot> m_data;
    std::shared_ptr<train::TrainControl> m_control = std::make_shared<train::TrainControl>();
};

/// The rows of an experiment folder's table.json (empty if it has none yet).
QJsonObject readTable(const QString &outDir);

} // namespace oneshot::reproduce
