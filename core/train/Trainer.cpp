#include "train/Trainer.h"

#include <chrono>
#include <cmath>
#include <optional>
#include <thread>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>

#include <torch/torch.h>

#include "common/Allocator.h"
#include "common/Error.h"
#include "common/Parallel.h"
#include "data/BatchQueue.h"
#include "data/PairSampler.h"
#include "data/Protocol.h"
#include "dist/Collective.h"
#include "model/Device.h"
#include "model/Precision.h"
#include "model/SiameseNet.h"
#include "train/Checkpoint.h"
#include "train/FinalTest.h"
#include "train/Loss.h"
#include "train/LossScaler.h"
#include "train/LrSchedule.h"
#include "train/Optimizer.h"
#include "train/RunFolder.h"
#include "train/Validation.h"

namespace oneshot::train {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

/// Steps in a row whose logits do not vary before a run counts as collapsed.
constexpr int kCollapseSteps = 200;

/// Settings that may differ between the ranks of one run: they do not change what is computed.
const char *const kPerMachineKeys[] = {"threads", "loader_threads", "data_folder", "runs_path"};

/// What a rank would train: its config without the per-machine settings, and a fingerprint of
/// the loaded data (each image's character, drawer and ink count).
QJsonObject runIdentity(const TrainConfig &config, const data::Omniglot &omni)
{
    QJsonObject o = config.toJson();
    for (const char *key : kPerMachineKeys)
        o.remove(QLatin1String(key));
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (int i = 0; i < static_cast<int>(omni.images().size()); ++i) {
        const std::int32_t v[3] = {omni.images()[i].character, omni.images()[i].drawer, omni.store().inkCount(i)};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(v), sizeof v));
    }
    for (const data::Character &c : omni.characters())
        hash.addData(QStringLiteral("%1/%2/%3").arg(c.alphabet).arg(c.folder).arg(c.id).toUtf8());
    o.insert(QStringLiteral("data"), QString::fromLatin1(hash.result().toHex()));
    return o;
}

} // namespace

QJsonObject TrainResult::toJson() const
{
    return {{QStringLiteral("run_dir"), runDir},
            {QStringLiteral("stop_reason"), stopReason},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("message"), message},
            {QStringLiteral("epochs_done"), epochsDone},
            {QStringLiteral("steps"), static_cast<double>(steps)},
            {QStringLiteral("wall_seconds"), wallSeconds},
            {QStringLiteral("best"), best},
            {QStringLiteral("test"), test}};
}

/// One run from setup to result, in parts by job: setting up, an epoch of steps, one
/// optimisation step, its metrics row, validation with checkpoints and early stopping, and the
/// final test.
class Trainer::Run
{
public:
    Run(Trainer &owner, TrainObserver &observer)
        : m_owner(owner)
        , m_cfg(owner.m_config)
        , m_obs(observer)
        , m_folder(owner.m_runDir)
        , m_protocol(data::Protocol::byName(m_cfg.protocol))
        , m_stopping(m_cfg.earlyStopMetric, m_cfg.patience)
    {
    }

    TrainResult run()
    {
        setUp();
        m_started = Clock::now();
        m_windowStart = m_lastFilters = m_lastCheckpoint = m_started;
        try {
            while (m_st.epoch < m_cfg.epochs) {
                if (trainEpoch())
                    break; // ended inside the epoch
                const bool stop = endEpoch();
                ++m_st.epoch;
                if (stop)
                    break;
            }
        } catch (const dist::CollectiveError &) {
            // Another rank is gone. The weights and state are those after the last step that
            // every rank finished (a step changes nothing before its collectives are done).
            if (leader() && m_stepsTaken > 0)
                saveLast();
            throw;
        }
        return finish();
    }

private:
    void setUp();
    void setUpModel();
    bool trainEpoch();
    bool step(const data::Batch &batch);
    void logStep(int batchesInEpoch);
    bool endEpoch();
    EpochMetrics validate(int epochLabel, double *spread);
    void saveLast();
    void fail(const QString &reason, const QString &message);
    void agreeWithRankZero();
    void shareValidation(EpochMetrics &m, double *spread);
    bool leader() const { return !m_world || m_world->rank() == 0; }
    void appendMetrics(const QString &row)
    {
        if (leader())
            m_folder.appendMetrics(row);
    }
    void waitWhilePaused();
    TrainResult finish();

    double wall() const { return m_st.wallSeconds + seconds(Clock::now() - m_started) - m_pausedSeconds; }
    bool budgetSpent() const { return m_cfg.minutes > 0 && wall() >= m_cfg.minutes * 60.0; }
    bool checkpointDue() const
    {
        return m_cfg.checkpointMinutes > 0 && seconds(Clock::now() - m_lastCheckpoint) >= m_cfg.checkpointMinutes * 60;
    }
    int pairPosition() const
    {
        return static_cast<int>((static_cast<long long>(m_st.batchInEpoch) * m_cfg.batchSize) % m_cfg.pairsPerEpoch);
    }
    model::FilterSnapshot filters() const
    {
        model::FilterSnapshot f = model::filtersOf(m_net);
        f.epoch = m_st.epoch;
        f.step = m_st.step;
        return f;
    }

    Trainer &m_owner;
    const TrainConfig &m_cfg;
    TrainObserver &m_obs;
    RunFolder m_folder;
    data::Protocol m_protocol;
    EarlyStopping m_stopping;
    torch::Device m_device{torch::kCPU};
    QString m_precision = QStringLiteral("fp32"); ///< the precision used (the setting's, or fp32)
    std::optional<data::PairSampler> m_sampler;
    data::BatchPlan m_plan;
    std::optional<Validation> m_validation;
    model::SiameseNet m_net{nullptr};
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    std::optional<LrScaler> m_lr;
    std::optional<LrSchedule> m_schedule;
    std::optional<Loss> m_loss;
    std::optional<LossScaler> m_scaler; ///< fp16 only
    CheckpointState m_st;
    TrainResult m_result;

    Clock::time_point m_started;
    Clock::time_point m_windowStart;
    Clock::time_point m_lastFilters;
    Clock::time_point m_lastCheckpoint;
    double m_pausedSeconds = 0;
    long long m_windowViews = 0;
    int m_flatSteps = 0;
    long long m_stepsPerEpoch = 1; ///< optimiser steps in a whole epoch (its batches)
    long long m_stepsTaken = 0;    ///< in this process

    dist::Collective *m_world = nullptr; ///< data-parallel: the ranks; null on one process
    std::unique_ptr<dist::GradientReducer> m_reducer;
    /// What the ranks agreed on at the last step (data-parallel): any rank asked to stop; rank
    /// 0's clock says the budget is spent, or a mid-epoch checkpoint is due, and how far it is
    /// into the budget (the schedule's progress must be the same on every rank).
    struct
    {
        bool stop = false;
        bool budget = false;
        bool checkpoint = false;
        double elapsed = 0; ///< rank 0's wall() seconds
    } m_agreed;
};

void Trainer::Run::setUp()
{
    if (m_owner.m_world && m_owner.m_world->size() > 1)
        m_world = m_owner.m_world.get();
    if (!m_owner.m_resuming && !m_owner.m_restarting && leader())
        m_folder.refuseIfNotEmpty(); // before the data is loaded, which takes a while
    torch::set_num_threads(computeThreads(m_cfg.threads));
    m_device = model::chooseDevice(m_cfg.device);
    if (m_world && m_device.is_cuda()) // one GPU per worker of a machine
        m_device = torch::Device(torch::kCUDA,
                                 static_cast<c10::DeviceIndex>(m_world->localRank() % torch::cuda::device_count()));
    const model::PrecisionChoice precision = model::choosePrecision(m_cfg.precision, m_device);
    m_precision = precision.used;
    if (!precision.note.isEmpty())
        m_obs.onMessage(precision.note);
    if (!m_owner.m_data) {
        m_obs.onMessage(QObject::tr("Loading Omniglot from %1").arg(m_cfg.dataFolder));
        m_owner.m_data = std::make_shared<data::Omniglot>(
            data::Omniglot::load(m_cfg.dataFolder, m_protocol.sets, m_cfg.loaderThreads + 1));
    }
    const data::Omniglot &omni = *m_owner.m_data;
    if (m_world)
        agreeWithRankZero();
    const data::Subset trainSet = data::selectSubset(omni, m_protocol.train);
    m_validation.emplace(m_cfg, omni, m_protocol);
    for (const QString &note : m_validation->notes())
        m_obs.onMessage(QObject::tr("Validation: %1").arg(note));

    data::PairSamplerOptions samplerOpts;
    samplerOpts.pairsPerEpoch = m_cfg.pairsPerEpoch;
    samplerOpts.sameAlphabetNegatives = m_cfg.sameAlphabetNegatives;
    samplerOpts.alphabetsPerBatch = m_cfg.batchAlphabets;
    samplerOpts.batchSize = m_cfg.batchSize;
    samplerOpts.fixedSet = m_cfg.pairSet == QLatin1String("fixed");
    samplerOpts.rotatedClasses = m_cfg.rotatedClasses;
    samplerOpts.mirroredClasses = m_cfg.mirroredClasses;
    samplerOpts.seed = m_cfg.seed;
    m_sampler.emplace(trainSet, samplerOpts);
    m_plan.batchSize = m_cfg.batchSize;
    m_plan.side = m_cfg.model.inputSide;
    m_plan.augment = m_cfg.augment;
    m_plan.distortion = data::AffineParams::byName(m_cfg.distortion).scaled(m_cfg.distortionScale);
    m_plan.fixedViews = samplerOpts.fixedSet;
    m_plan.seed = m_cfg.seed;
    m_plan.threads = m_cfg.loaderThreads;
    m_stepsPerEpoch
        = (static_cast<long long>(m_cfg.pairsPerEpoch) * (m_cfg.augment + 1) + m_cfg.batchSize - 1) / m_cfg.batchSize;
    if (m_world) {
        m_plan.rank = m_world->rank();
        m_plan.world = m_world->size();
        const int views = m_cfg.pairsPerEpoch * (m_cfg.augment + 1);
        const int last = views - (views - 1) / m_cfg.batchSize * m_cfg.batchSize;
        if (std::min(last, m_cfg.batchSize) < m_plan.world)
            throw Error(QObject::tr("With %1 workers every batch needs at least %1 views, but the epoch's last batch "
                                    "holds %2 (pairs_per_epoch %3 x %4 views, batch_size %5): change pairs_per_epoch "
                                    "or batch_size")
                            .arg(m_plan.world)
                            .arg(std::min(last, m_cfg.batchSize))
                            .arg(m_cfg.pairsPerEpoch)
                            .arg(m_cfg.augment + 1)
                            .arg(m_cfg.batchSize));
    }

    setUpModel();
    if (m_world) { // every rank starts from rank 0's weights and batch-norm statistics
        m_world->broadcast(m_net->parameters());
        m_world->broadcast(m_net->buffers());
    }
    m_obs.onStart(
        {{QStringLiteral("device"), m_device.is_cuda() ? QStringLiteral("cuda") : QStringLiteral("cpu")},
         {QStringLiteral("threads"), torch::get_num_threads()},
         {QStringLiteral("workers"), m_world ? m_world->size() : 1},
         {QStringLiteral("backend"), m_world ? m_world->backend() : QString()},
         {QStringLiteral("precision"), m_precision},
         {QStringLiteral("parameters"), static_cast<double>(m_net->parameterCount())},
         {QStringLiteral("model"), m_cfg.model.summary()},
         {QStringLiteral("protocol"), m_protocol.description},
         {QStringLiteral("train_characters"), trainSet.characterCount()},
         {QStringLiteral("validation_characters"), data::selectSubset(omni, m_protocol.validation).characterCount()},
         {QStringLiteral("views_per_epoch"), m_cfg.pairsPerEpoch * (m_cfg.augment + 1)}});
    m_obs.onFilters(filters());
}

void Trainer::Run::setUpModel()
{
    torch::manual_seed(static_cast<std::uint64_t>(m_cfg.seed));
    m_net = model::SiameseNet(m_cfg.model);
    m_net->twin()->setChannelsLast(m_cfg.channelsLast);
    m_net->to(m_device);
    m_net->train();
    m_optimizer = makeOptimizer(m_net, m_cfg.optimizer);
    m_lr.emplace(*m_optimizer);
    m_schedule.emplace(m_cfg.scheduler, m_cfg.optimizer.lr, m_cfg.epochs);
    m_loss.emplace(m_cfg.loss);
    m_scaler.emplace(m_precision == QLatin1String("fp16"));

    m_st.config = m_cfg;
    m_st.sampler.seed = m_cfg.seed;
    if (m_world) {
        if (m_cfg.syncBatchNorm)
            m_net->twin()->synchroniseNorms(
                [world = m_world](const torch::Tensor &t) { return world->allReduceSumDifferentiable(t); });
        m_reducer = std::make_unique<dist::GradientReducer>(*m_world, m_net->parameters());
    }
    if (m_owner.m_restarting) {
        // Stopped before its first checkpoint: nothing to continue but the config.
        if (leader())
            m_folder.reopen(0, 0);
        m_obs.onMessage(
            QObject::tr("%1 has no checkpoint yet: the run starts again from its config.json").arg(m_folder.dir()));
        return;
    }
    if (!m_owner.m_resuming) {
        if (leader())
            m_folder.create(m_cfg);
        return;
    }
    const QString last = m_folder.lastCheckpoint();
    m_st = readCheckpointState(last);
    if (!loadCheckpointTensors(last, m_net, m_optimizer.get()))
        m_obs.onMessage(QObject::tr("%1 holds no optimiser state: the optimiser starts afresh").arg(last));
    m_schedule->setState(m_st.schedule);
    m_agreed.elapsed = m_st.wallSeconds; // every rank read the same checkpoint
    m_scaler->setState(m_st.lossScale);
    if (leader())
        m_folder.reopen(m_st.step, m_st.epoch);
    m_obs.onMessage(QObject::tr("Resuming at epoch %1, step %2").arg(m_st.epoch + 1).arg(m_st.step));
}

bool Trainer::Run::trainEpoch()
{
    setMomentumForEpoch(*m_optimizer, m_cfg.optimizer, m_st.epoch);
    // With K distorted views an epoch holds (K + 1) passes over its pairs: the sampler's
    // position is the pair of the current pass.
    m_sampler->setState({m_cfg.seed, m_st.epoch, pairPosition()});
    m_st.sampler = m_sampler->state();
    data::BatchQueue queue(*m_owner.m_data, m_sampler->epochPairs(m_st.epoch), m_st.epoch, m_plan, m_st.batchInEpoch);
    data::Batch batch;
    for (;;) {
        // Data-parallel, the ranks act on what they agreed on at the last step (below).
        if (!m_world && m_owner.m_control->stop) {
            m_result.stopReason = QStringLiteral("stopped");
            saveLast();
            return true;
        }
        if (!m_world && m_owner.m_control->paused) {
            waitWhilePaused();
            continue;
        }
        if (!queue.pop(batch))
            return false;
        if (!step(batch))
            return true;
        if (m_st.step % m_cfg.logEvery == 0)
            logStep(queue.batchCount());
        if (seconds(Clock::now() - m_lastFilters) > 2.0) {
            m_obs.onFilters(filters());
            m_lastFilters = Clock::now();
        }
        if (m_world ? m_agreed.checkpoint : checkpointDue()) {
            saveLast(); // mid-epoch: a resumed run continues from this batch
            m_lastCheckpoint = Clock::now();
        }
        if (m_world ? m_agreed.budget : budgetSpent()) {
            // The budget is spent mid-epoch: validate what we have, so the last minutes count.
            const EpochMetrics m = validate(m_st.epoch + 1, nullptr);
            if (m.best && leader())
                saveCheckpoint(m_folder.bestCheckpoint(), m_net, nullptr, m_st);
            appendMetrics(toCsvRow(m));
            m_obs.onEpoch(m);
            m_result.stopReason = QStringLiteral("time budget");
            saveLast();
            return true;
        }
        if (m_world && m_agreed.stop) {
            m_result.stopReason = QStringLiteral("stopped");
            saveLast();
            return true;
        }
    }
}

bool Trainer::Run::step(const data::Batch &batch)
{
    const double progress = LrSchedule::runProgress(m_st.step, m_cfg.epochs, m_stepsPerEpoch,
                                                    m_world ? m_agreed.elapsed : wall(), m_cfg.minutes * 60.0);
    m_lr->setFactor(m_schedule->factor(m_st.step, m_st.epoch, progress));
    const auto side = static_cast<long>(m_plan.side);
    const auto n = static_cast<long>(batch.count);
    const auto input = [&](const std::vector<float> &v) {
        return torch::from_blob(const_cast<float *>(v.data()), {n, 1, side, side}).to(m_device);
    };
    m_optimizer->zero_grad();
    torch::Tensor left;
    torch::Tensor right;
    torch::Tensor logits;
    {
        const model::AutocastScope autocast(m_precision, m_device);
        const torch::Tensor h = m_net->embed(torch::cat({input(batch.left), input(batch.right)}, 0));
        left = h.narrow(0, 0, n);
        right = h.narrow(0, n, n);
        logits = m_net->score(left, right);
    }
    if (logits.scalar_type() != torch::kFloat) { // the loss in fp32 (bf16 has 8 bits of mantissa)
        left = left.to(torch::kFloat);
        right = right.to(torch::kFloat);
        logits = logits.to(torch::kFloat);
    }
    const LossValue loss = (*m_loss)(m_net, left, right, logits, batch, m_world);
    // A collapsed net gives every pair the same score: its logits stop varying.
    bool flat = logits.detach().std().item<double>() < 1e-6;
    double total = 0;
    torch::Tensor terms = loss.terms.to(torch::kCPU, torch::kDouble);
    if (m_world) {
        // The whole batch's loss and terms (each rank holds its part), and the decisions every
        // rank must take together: one small all-reduce per step.
        const bool leading = leader();
        torch::Tensor shared = torch::cat(
            {loss.total.detach().to(torch::kCPU, torch::kDouble).reshape({1}), terms,
             torch::tensor({flat ? 1.0 : 0.0, m_owner.m_control->stop ? 1.0 : 0.0, leading && budgetSpent() ? 1.0 : 0.0,
                            leading && checkpointDue() ? 1.0 : 0.0, leading ? wall() : 0.0},
                           torch::kDouble)});
        m_world->allReduceSum(shared);
        const auto *v = shared.data_ptr<double>();
        const long k = 1 + terms.numel();
        total = v[0];
        terms = shared.narrow(0, 1, terms.numel()).clone();
        flat = v[k] >= m_world->size();
        m_agreed = {v[k + 1] > 0, v[k + 2] > 0, v[k + 3] > 0, v[k + 4]};
    } else {
        total = loss.total.item<double>();
    }
    if (!std::isfinite(total)) {
        fail(QStringLiteral("diverged"),
             QObject::tr("The loss became %1 at step %2 (epoch %3, learning rate %4): the run diverged. Lower the "
                         "learning rate or use a schedule; the checkpoints written before stay as they were.")
                 .arg(std::isnan(total) ? QStringLiteral("NaN") : QStringLiteral("infinite"))
                 .arg(m_st.step + 1)
                 .arg(m_st.epoch + 1)
                 .arg(m_lr->current()));
        return false;
    }
    if (loss.total.requires_grad()) {
        if (m_reducer)
            m_reducer->arm();
        m_scaler->scaled(loss.total).backward();
        if (m_reducer)
            m_reducer->finish();                                    // the gradients summed over the ranks
        const bool finite = m_scaler->unscale(m_net->parameters()); // fp16 overflow: skip the step
        if (finite)
            m_optimizer->step();
        m_scaler->update(finite);
        if (m_scaler->enabled())
            m_st.lossScale = m_scaler->state();
    }
    m_flatSteps = flat ? m_flatSteps + 1 : 0;
    if (m_flatSteps >= kCollapseSteps) {
        fail(QStringLiteral("collapsed"),
             QObject::tr("The network collapsed at step %1: it gives every pair the same score. Try a lower learning "
                         "rate or batch norm.")
                 .arg(m_st.step + 1));
        saveLast();
        return false;
    }
    ++m_st.step;
    ++m_stepsTaken;
    m_st.batchInEpoch = batch.index + 1;
    m_st.windowLossSum += total;
    ++m_st.windowSteps;
    m_st.windowTermSums.resize(terms.numel(), 0.0);
    for (int i = 0; i < terms.numel(); ++i)
        m_st.windowTermSums[i] += terms[i].item<double>();
    m_st.epochLossSum += total;
    ++m_st.epochSteps;
    m_windowViews += batch.globalCount;
    return true;
}

void Trainer::Run::logStep(int batchesInEpoch)
{
    StepMetrics m;
    m.step = m_st.step;
    m.epoch = m_st.epoch;
    m.epochProgress = static_cast<double>(m_st.batchInEpoch) / batchesInEpoch;
    m.wallSeconds = wall();
    m.lr = m_lr->current();
    m.loss = m_st.windowLossSum / m_st.windowSteps;
    for (double sum : m_st.windowTermSums)
        m.terms.push_back(sum / m_st.windowSteps);
    const double dt = seconds(Clock::now() - m_windowStart);
    m.pairsPerSecond = dt > 0 ? m_windowViews / dt : 0;
    const double viewsPerEpoch = static_cast<double>(m_cfg.pairsPerEpoch) * (m_cfg.augment + 1);
    const double doneViews = m_st.epoch * viewsPerEpoch + static_cast<double>(m_st.batchInEpoch) * m_cfg.batchSize;
    estimateProgress(m, doneViews, m_cfg.epochs * viewsPerEpoch, m_cfg.minutes * 60.0);
    appendMetrics(toCsvRow(m));
    m_obs.onStep(m);
    m_st.windowLossSum = 0;
    m_st.windowSteps = 0;
    m_st.windowTermSums.assign(m_st.windowTermSums.size(), 0.0);
    m_windowStart = Clock::now();
    m_windowViews = 0;
}

EpochMetrics Trainer::Run::validate(int epochLabel, double *spread)
{
    EpochMetrics m = m_validation->score(m_net, m_device, spread);
    if (m_world)
        shareValidation(m, spread);
    m.epoch = epochLabel;
    m.step = m_st.step;
    m.lr = m_lr->current();
    m.trainLoss = m_st.epochSteps ? m_st.epochLossSum / m_st.epochSteps : std::nan("");
    m.wallSeconds = wall();
    m_stopping.record(m, m_st);
    m_schedule->epochEnd(m_stopping.valueOf(m), m_stopping.higherIsBetter());
    return m;
}

bool Trainer::Run::endEpoch()
{
    double spread = 0;
    const EpochMetrics m = validate(m_st.epoch + 1, &spread);
    m_st.epochLossSum = 0;
    m_st.epochSteps = 0;
    m_st.batchInEpoch = 0;
    m_st.schedule = m_schedule->state();
    CheckpointState next = m_st;
    next.epoch = m_st.epoch + 1;
    next.wallSeconds = wall();
    // The epoch's row goes first: killed before the checkpoint, the resumed run drops the row
    // (its epoch is past the older checkpoint's) and validates again; written after it, a kill
    // in between would lose the row for good.
    appendMetrics(toCsvRow(m));
    if (leader()) {
        if (m.best)
            saveCheckpoint(m_folder.bestCheckpoint(), m_net, nullptr, next);
        saveCheckpoint(m_folder.lastCheckpoint(), m_net, m_optimizer.get(), next);
    }
    m_obs.onEpoch(m);
    model::FilterSnapshot f = filters();
    f.epoch = m_st.epoch + 1;
    m_obs.onFilters(f);
    if (spread < 1e-5) {
        fail(QStringLiteral("collapsed"),
             QObject::tr("The network collapsed in epoch %1: all validation pairs get the same score.")
                 .arg(m_st.epoch + 1));
        return true;
    }
    if (m_stopping.exhausted(m_st)) {
        m_result.stopReason = QStringLiteral("early stopping");
        m_obs.onMessage(
            QObject::tr("No improvement of %1 for %2 epochs: stopping").arg(m_cfg.earlyStopMetric).arg(m_cfg.patience));
        return true;
    }
    if (budgetSpent()) {
        m_result.stopReason = QStringLiteral("time budget");
        return true;
    }
    return false;
}

void Trainer::Run::saveLast()
{
    if (!leader())
        return;
    CheckpointState s = m_st;
    s.wallSeconds = wall();
    s.sampler = {m_cfg.seed, m_st.epoch, pairPosition()};
    s.schedule = m_schedule->state();
    saveCheckpoint(m_folder.lastCheckpoint(), m_net, m_optimizer.get(), s);
}

void Trainer::Run::fail(const QString &reason, const QString &message)
{
    m_result.failed = true;
    m_result.stopReason = reason;
    m_result.message = message;
}

void Trainer::Run::agreeWithRankZero()
{
    const QJsonObject mine = runIdentity(m_cfg, *m_owner.m_data);
    const QJsonObject leaders
        = QJsonDocument::fromJson(m_world->broadcastBytes(QJsonDocument(mine).toJson(QJsonDocument::Compact))).object();
    QStringList differ;
    QStringList keys = mine.keys() + leaders.keys();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        if (mine.value(key) != leaders.value(key))
            differ << (key == QLatin1String("data") ? QObject::tr("the data (%1)").arg(m_cfg.dataFolder) : key);
    }
    torch::Tensor refusing = torch::tensor({differ.isEmpty() ? 0.0 : 1.0}, torch::kDouble);
    m_world->allReduceSum(refusing);
    if (!differ.isEmpty())
        throw Error(QObject::tr("Rank %1 was started with another run than rank 0: they differ in %2. Start every "
                                "worker with the same config and data.")
                        .arg(m_world->rank())
                        .arg(differ.join(QStringLiteral(", "))));
    if (refusing.item<double>() > 0)
        throw Error(QObject::tr("%1 of the %2 workers were started with another config or data than rank %3: "
                                "their messages say what differs")
                        .arg(static_cast<int>(refusing.item<double>()))
                        .arg(m_world->size())
                        .arg(m_world->rank()));
}

void Trainer::Run::shareValidation(EpochMetrics &m, double *spread)
{
    // Every rank validates its own copy of the net; rank 0's figures decide (best checkpoint,
    // early stopping, the plateau schedule), so the ranks cannot disagree.
    torch::Tensor v = torch::tensor(
        {m.valLoss, m.valAccAtHalf, m.valAccTuned, m.valThreshold, m.valOneShot, spread ? *spread : 0.0},
        torch::kDouble);
    m_world->broadcast({v});
    const auto *d = v.data_ptr<double>();
    m.valLoss = d[0];
    m.valAccAtHalf = d[1];
    m.valAccTuned = d[2];
    m.valThreshold = d[3];
    m.valOneShot = d[4];
    if (spread)
        *spread = d[5];
}

void Trainer::Run::waitWhilePaused()
{
    const auto pauseStart = Clock::now();
    while (m_owner.m_control->paused && !m_owner.m_control->stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    m_pausedSeconds += seconds(Clock::now() - pauseStart);
    m_windowStart = Clock::now();
    m_windowViews = 0;
}

TrainResult Trainer::Run::finish()
{
    if (m_result.stopReason.isEmpty())
        m_result.stopReason = QStringLiteral("epochs");
    m_result.runDir = m_owner.m_runDir;
    m_result.epochsDone = m_st.epoch;
    m_result.steps = m_st.step;
    m_result.wallSeconds = wall();
    m_result.best = m_st.bestFigures;
    if (!leader()) // rank 0 writes the result; the others are done
        return m_result;
    if (m_cfg.evaluateTestAtEnd && QFileInfo(m_folder.bestCheckpoint()).isFile()
        && m_result.stopReason != QLatin1String("stopped")) {
        const double threshold = m_st.bestFigures.value(QStringLiteral("val_threshold")).toDouble(0.5);
        m_result.test
            = testCheckpoint(m_cfg, *m_owner.m_data, m_protocol, m_folder.bestCheckpoint(), m_device, threshold, m_obs);
    }
    m_folder.writeResult(m_result.toJson());
    if (m_result.failed)
        m_obs.onMessage(m_result.message);
    return m_result;
}

Trainer::Trainer(TrainConfig config, QString runDir, std::shared_ptr<const data::Omniglot> data)
    : m_config(std::move(config))
    , m_runDir(std::move(runDir))
    , m_data(std::move(data))
{
    m_config.validate();
    keepFreedMemory(); // the programs call it first thing too; here for any other host
}

Trainer::~Trainer() = default;

std::unique_ptr<Trainer> Trainer::resume(const QString &runDir, std::shared_ptr<const data::Omniglot> data)
{
    const RunFolder folder(runDir);
    if (!QFileInfo::exists(folder.lastCheckpoint()) && QFileInfo::exists(folder.configPath())) {
        auto t = std::make_unique<Trainer>(TrainConfig::fromFile(folder.configPath()), runDir, std::move(data));
        t->m_restarting = true;
        return t;
    }
    const CheckpointState state = readCheckpointState(folder.lastCheckpoint());
    auto t = std::make_unique<Trainer>(state.config, runDir, std::move(data));
    t->m_resuming = true;
    return t;
}

TrainResult Trainer::run(TrainObserver *observer)
{
    TrainObserver quiet;
    Run run(*this, observer ? *observer : quiet);
    return run.run();
}

} // namespace oneshot::train
