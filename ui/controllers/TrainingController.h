#pragma once

#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QVector>

#include "controllers/MetaTypes.h"
#include "controllers/WorkerThread.h"
#include "data/Omniglot.h"
#include "model/FilterSnapshot.h"
#include "train/Metrics.h"
#include "train/TrainConfig.h"

namespace oneshot::train {
struct TrainControl;
}

namespace oneshot::ui {

/// Runs one training run on its own QThread and hands its progress to the GUI as small values
/// at a bounded rate (steps batched every 100 ms, filters at most every 2 s). Stop and pause are
/// atomic flags the training loop reads: nothing here blocks the GUI thread. The controller owns
/// the thread (WorkerThread); the destructor stops the run and does not return while it runs.
class TrainingController : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    bool isRunning() const;
    bool isPaused() const;
    QString runDir() const { return m_runDir; }

    /// Starts a new run (resume: continue the run in runDir from its last checkpoint).
    void start(const train::TrainConfig &config, const QString &runDir, std::shared_ptr<const data::Omniglot> data,
               bool resume = false);
    void setPaused(bool paused);
    void stop();
    /// Stops and waits up to `ms` for the run to end (when the window closes); true if it ended.
    bool stopAndWait(int ms = 30000);

Q_SIGNALS:
    void started(const QJsonObject &info);
    void steps(const QVector<oneshot::train::StepMetrics> &batch);
    void epoch(const oneshot::train::EpochMetrics &metrics);
    void filters(const oneshot::model::FilterSnapshot &snapshot);
    void message(const QString &text);
    /// The run ended: result.json's content, or {"failed": true, "message": ...} on an error.
    void finished(const QJsonObject &result);
    void pausedChanged(bool paused);

private:
    std::shared_ptr<train::TrainControl> m_control;
    WorkerThread m_thread; ///< last: destroyed (waited for) first
    QString m_runDir;
};

} // namespace oneshot::ui
