#pragma once

#include <atomic>
#include <memory>

#include <QJsonObject>
#include <QString>

#include "data/Omniglot.h"
#include "train/Metrics.h"
#include "train/TrainConfig.h"

namespace oneshot::train {

/// Receives a run's progress. Called on the training thread: an implementation that feeds a GUI
/// must only copy the values and hand them over (a queued signal), never block.
class TrainObserver
{
public:
    virtual ~TrainObserver() = default;
    virtual void onStart(const QJsonObject & /*info*/) { }
    virtual void onStep(const StepMetrics & /*m*/) { }
    virtual void onEpoch(const EpochMetrics & /*m*/) { }
    virtual void onFilters(const FilterSnapshot & /*f*/) { }
    virtual void onMessage(const QString & /*text*/) { }
};

/// How a run ended.
struct TrainResult
{
    QString runDir;
    QString stopReason;  ///< "epochs", "time budget", "early stopping", "stopped", "diverged", "collapsed"
    bool failed = false; ///< diverged or collapsed: the message says why
    QString message;
    int epochsDone = 0;
    long long steps = 0;
    double wallSeconds = 0;
    QJsonObject best; ///< validation figures of the best epoch
    QJsonObject test; ///< test one-shot result with the best checkpoint, if evaluated
    QJsonObject toJson() const;
};

/// Trains a Siamese network on its own thread (the caller's). Stop and pause are atomic flags
/// the loop checks between steps, so they work mid-epoch from any thread. Writes the run folder
/// of DESIGN.md section 7: config.json, metrics.csv, checkpoints/best.pt and last.pt, result.json.
class Trainer
{
public:
    /// A new run in `runDir` (created; must be empty or absent). `data` may be given to share an
    /// already loaded Omniglot; otherwise the protocol's sets are loaded from config.dataFolder.
    Trainer(TrainConfig config, QString runDir, std::shared_ptr<const data::Omniglot> data = {});
    /// Resumes the run in `runDir` from checkpoints/last.pt, exactly where it stopped.
    static std::unique_ptr<Trainer> resume(const QString &runDir, std::shared_ptr<const data::Omniglot> data = {});
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    /// Runs to the end (epochs, time budget, early stopping or a stop request). Throws Error for
    /// setup problems (data, config); divergence and collapse end the run with failed = true.
    TrainResult run(TrainObserver *observer = nullptr);

    void requestStop() { m_stop = true; }
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }
    const TrainConfig &config() const { return m_config; }
    QString runDir() const { return m_runDir; }

private:
    struct Impl;
    TrainConfig m_config;
    QString m_runDir;
    std::shared_ptr<const data::Omniglot> m_data;
    bool m_resuming = false;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_paused{false};
};

} // namespace oneshot::train
