#pragma once

#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include "controllers/MetaTypes.h"
#include "controllers/WorkerThread.h"
#include "data/Omniglot.h"
#include "model/FilterSnapshot.h"
#include "train/Metrics.h"
#include "train/TrainConfig.h"

class QTemporaryFile;

namespace oneshot::train {
struct TrainControl;
class MetricsFollower;
} // namespace oneshot::train

namespace oneshot::ui {

/// Runs one training run on its own QThread and hands its progress to the GUI as small values
/// at a bounded rate (steps batched every 100 ms, filters at most every 2 s). Stop and pause are
/// atomic flags the training loop reads: nothing here blocks the GUI thread. The controller owns
/// the thread (WorkerThread); the destructor stops the run and does not return while it runs.
///
/// With several workers the run is data-parallel: the controller starts the command-line
/// program beside this one (`oneshot train --nproc N`), follows the run folder it writes
/// (metrics.csv, read as it grows) and gives the same signals; stop sends it SIGTERM, which
/// stops every worker at the same step with the last checkpoint kept. Pause and live filters
/// are not available then (the filters come from each epoch's checkpoint).
class TrainingController : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    bool isRunning() const;
    bool isPaused() const;
    QString runDir() const { return m_runDir; }

    /// Starts a new run (resume: continue the run in runDir from its last checkpoint), on this
    /// process's thread, or with `workers` > 1 as that many worker processes.
    void start(const train::TrainConfig &config, const QString &runDir, std::shared_ptr<const data::Omniglot> data,
               bool resume = false, int workers = 1);
    /// Whether the run under way has several worker processes.
    bool isMultiProcess() const { return m_process != nullptr; }
    /// The command-line program that runs data-parallel workers: beside this program.
    static QString workerProgram();
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
    void startProcesses(const train::TrainConfig &config, const QString &runDir, bool resume, int workers);
    void pollRunFolder();
    void processEnded(int exitCode, QProcess::ExitStatus status);

    std::shared_ptr<train::TrainControl> m_control;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryFile> m_configFile;
    std::unique_ptr<train::MetricsFollower> m_follower;
    std::size_t m_rowsSeen = 0;
    QTimer m_poll;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QStringList m_stderrTail;
    QJsonObject m_result;
    train::TrainConfig m_config; ///< of the run the worker processes train
    WorkerThread m_thread;       ///< last: destroyed (waited for) first
    QString m_runDir;
};

} // namespace oneshot::ui
