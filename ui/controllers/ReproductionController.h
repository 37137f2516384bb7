#pragma once

#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QVector>

#include "controllers/MetaTypes.h"
#include "controllers/WorkerThread.h"
#include "train/Metrics.h"

namespace oneshot::train {
struct TrainControl;
}

namespace oneshot::ui {

/// Runs an experiment of `oneshot reproduce` on its own QThread, as TrainingController runs a
/// training: stop is an atomic flag, the thread is owned here and released in one place, and
/// the GUI gets small values (a cell begins, a cell's row, the current run's steps and epochs).
class ReproductionController : public QObject
{
    Q_OBJECT

public:
    explicit ReproductionController(QObject *parent = nullptr);
    ~ReproductionController() override;

    bool isRunning() const;
    /// Runs (or resumes) experiment `name` at `scale` into `outDir`.
    void start(const QString &name, const QString &scale, double minutesPerRun, const QString &outDir,
               const QString &dataFolder, const QString &mnistFolder);
    void stop();
    /// Stops and waits up to `ms` (when the window closes); true if it ended.
    bool stopAndWait(int ms = 30000);

Q_SIGNALS:
    void cellStarted(int index, int count, const QString &id, const QString &what);
    void rowReady(int index, const QJsonObject &row);
    void steps(const QVector<oneshot::train::StepMetrics> &batch);
    void epoch(const oneshot::train::EpochMetrics &metrics);
    void message(const QString &text);
    /// The experiment ended or stopped: table.json's content, or {"failed": true, "message": ...}.
    void finished(const QJsonObject &table);

private:
    std::shared_ptr<train::TrainControl> m_control;
    WorkerThread m_thread; ///< last: destroyed (waited for) first
};

} // namespace oneshot::ui
