#pragma once

#include <atomic>
#include <memory>

#include <QJsonObject>
#include <QString>

#include "data/Omniglot.h"
#include "train/Metrics.h"
#include "train/TrainConfig.h"
#include "train/TrainObserver.h"

namespace oneshot::dist {
class Collective;
}

namespace oneshot::train {

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

/// Stop and pause requests for a run: atomic flags the training loop reads between steps, shared
/// by the thread that trains and any thread that controls it.
struct TrainControl
{
    std::atomic<bool> stop{false};
    std::atomic<bool> paused{false};
};

/// Trains a Siamese network on its own thread (the caller's). Stop and pause are atomic flags
/// the loop checks between steps, so they work mid-epoch from any thread. Writes the run folder
/// of DESIGN.md section 7 (see RunFolder).
class Trainer
{
public:
    /// A new run in `runDir` (created; must be empty or absent). `data` may be given to share an
    /// already loaded Omniglot; otherwise the protocol's sets are loaded from config.dataFolder.
    /// Throws Error if the config is not valid.
    Trainer(TrainConfig config, QString runDir, std::shared_ptr<const data::Omniglot> data = {});
    /// Resumes the run in `runDir` from checkpoints/last.pt, exactly where it stopped; a run
    /// stopped before its first checkpoint starts again from its config.json.
    static std::unique_ptr<Trainer> resume(const QString &runDir, std::shared_ptr<const data::Omniglot> data = {});
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    /// Runs to the end (epochs, time budget, early stopping or a stop request). Throws Error for
    /// setup problems (data, config); divergence and collapse end the run with failed = true.
    TrainResult run(TrainObserver *observer = nullptr);

    void requestStop() { m_control->stop = true; }
    void setPaused(bool paused) { m_control->paused = paused; }
    bool isPaused() const { return m_control->paused; }
    /// Shares the stop and pause flags with a controller on another thread.
    void setControl(std::shared_ptr<TrainControl> control) { m_control = std::move(control); }
    TrainControl &control() { return *m_control; }
    const TrainConfig &config() const { return m_config; }
    QString runDir() const { return m_runDir; }

    /// Trains as one rank of a data-parallel run (before run()). Every rank trains on its share
    /// of each global batch, with the same weights (rank 0's, broadcast at the start) and the
    /// gradients summed over the ranks, so batch k is the same images and the step the same
    /// update whatever the number of ranks (batch norm: see TrainConfig::syncBatchNorm). Only
    /// rank 0 writes the run folder and runs the final test; stop requests, the time budget and
    /// mid-epoch checkpoints are agreed on at every step. The ranks refuse to start with
    /// different configs or data. A rank that dies or hangs makes the others throw
    /// dist::CollectiveError within the group's timeout; rank 0 first keeps the last step that all
    /// ranks finished in checkpoints/last.pt.
    void setCollective(std::shared_ptr<dist::Collective> collective) { m_world = std::move(collective); }

private:
    class Run;
    TrainConfig m_config;
    QString m_runDir;
    std::shared_ptr<const data::Omniglot> m_data;
    bool m_resuming = false;
    bool m_restarting = false; ///< resumed, but with no checkpoint yet
    std::shared_ptr<TrainControl> m_control = std::make_shared<TrainControl>();
    std::shared_ptr<dist::Collective> m_world;
};

} // namespace oneshot::train
