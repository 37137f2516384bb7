#pragma once

#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QVector>

#include "data/Omniglot.h"
#include "train/Metrics.h"
#include "train/TrainConfig.h"

namespace oneshot::train {
class Trainer;
}

namespace oneshot::ui {

class TrainingWorker;

/// Runs one training run on its own QThread and hands its progress to the GUI as small values
/// at a bounded rate (steps batched every 100 ms, filters at most every 2 s). Stop and pause are
/// flags the training loop reads; nothing here blocks the GUI thread, except the destructor,
/// which stops the run and waits for it.
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
    /// Stops and waits for the thread (used when the window closes); returns within `ms`.
    bool stopAndWait(int ms = 30000);

Q_SIGNALS:
    void started(const QJsonObject &info);
    void steps(const QVector<oneshot::train::StepMetrics> &batch);
    void epoch(const oneshot::train::EpochMetrics &metrics);
    void filters(const oneshot::train::FilterSnapshot &snapshot);
    void message(const QString &text);
    /// The run ended: result.json's content, or {"failed": true, "message": ...} on an error.
    void finished(const QJsonObject &result);
    void pausedChanged(bool paused);

private:
    void cleanup();

    QThread *m_thread = nullptr;
    TrainingWorker *m_worker = nullptr;
    QString m_runDir;
    bool m_paused = false;
};

} // namespace oneshot::ui

Q_DECLARE_METATYPE(oneshot::train::StepMetrics)
Q_DECLARE_METATYPE(oneshot::train::EpochMetrics)
Q_DECLARE_METATYPE(oneshot::train::FilterSnapshot)
