#include "train/Trainer.h"

#include <chrono>
#include <cmath>
#include <thread>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <torch/torch.h>

#include "common/Allocator.h"
#include "common/AtomicFile.h"
#include "common/Error.h"
#include "common/Parallel.h"
#include "data/BatchQueue.h"
#include "data/OneShotTasks.h"
#include "data/PairSampler.h"
#include "data/Protocol.h"
#include "eval/Evaluator.h"
#include "export/ModelExport.h"
#include "model/SiameseNet.h"
#include "train/Checkpoint.h"
#include "train/LrSchedule.h"

namespace oneshot::train {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

torch::Device chooseDevice(const QString &wanted)
{
    const bool cuda = torch::cuda::is_available();
    if (wanted == QLatin1String("cuda") && !cuda)
        throw Error(QObject::tr("--device cuda: this LibTorch has no CUDA or no GPU is visible"));
    return (wanted != QLatin1String("cpu") && cuda) ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

/// Parameter groups: SGD gets one group per layer (Koch's per-layer rates and momentum), Adam
/// one for the twin and one for the head (the reproduction's head rate).
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(model::SiameseNet &net, const OptimizerConfig &oc)
{
    const double headLr = oc.headLr > 0 ? oc.headLr : oc.lr;
    const double headWd = oc.headWeightDecay >= 0 ? oc.headWeightDecay : oc.weightDecay;
    std::vector<std::vector<torch::Tensor>> layers;
    auto twin = net->twin();
    for (const auto &child : twin->named_children()) {
        std::vector<torch::Tensor> ps;
        for (const auto &p : child.value()->parameters())
            ps.push_back(p);
        // A batch norm joins the conv before it.
        if (child.key().rfind("bn", 0) == 0 && !layers.empty())
            layers.back().insert(layers.back().end(), ps.begin(), ps.end());
        else
            layers.push_back(ps);
    }
    std::vector<torch::Tensor> head = net->head()->parameters();
    if (oc.kind == QLatin1String("sgd")) {
        std::vector<torch::optim::OptimizerParamGroup> groups;
        for (auto &ps : layers)
            groups.emplace_back(
                ps,
                std::make_unique<torch::optim::SGDOptions>(
                    torch::optim::SGDOptions(oc.lr).momentum(oc.momentumStart).weight_decay(oc.weightDecay)));
        groups.emplace_back(head,
                            std::make_unique<torch::optim::SGDOptions>(
                                torch::optim::SGDOptions(headLr).momentum(oc.momentumStart).weight_decay(headWd)));
        return std::make_unique<torch::optim::SGD>(groups, torch::optim::SGDOptions(oc.lr));
    }
    std::vector<torch::Tensor> all;
    for (auto &ps : layers)
        all.insert(all.end(), ps.begin(), ps.end());
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(
        all,
        std::make_unique<torch::optim::AdamOptions>(torch::optim::AdamOptions(oc.lr).weight_decay(oc.weightDecay)));
    groups.emplace_back(
        head, std::make_unique<torch::optim::AdamOptions>(torch::optim::AdamOptions(headLr).weight_decay(headWd)));
    return std::make_unique<torch::optim::Adam>(groups, torch::optim::AdamOptions(oc.lr));
}

/// The place where a data-parallel run will all-reduce gradients before the step (c10d).
void synchroniseGradients(model::SiameseNet & /*net*/) { }

FilterSnapshot snapshotFilters(model::SiameseNet &net, int epoch, long long step)
{
    FilterSnapshot f = exporting::filtersOf(net);
    f.epoch = epoch;
    f.step = step;
    return f;
}

bool higherIsBetter(const QString &metric)
{
    return metric != QLatin1String("val_loss");
}

double metricOf(const EpochMetrics &m, const QString &metric)
{
    if (metric == QLatin1String("val_loss"))
        return m.valLoss;
    if (metric == QLatin1String("val_acc_tuned"))
        return m.valAccTuned;
    return m.valOneShot;
}

QJsonObject figures(const EpochMetrics &m)
{
    return {{QStringLiteral("epoch"), m.epoch},
            {QStringLiteral("step"), static_cast<double>(m.step)},
            {QStringLiteral("val_loss"), m.valLoss},
            {QStringLiteral("val_acc_05"), m.valAccAtHalf},
            {QStringLiteral("val_acc_tuned"), m.valAccTuned},
            {QStringLiteral("val_threshold"), m.valThreshold},
            {QStringLiteral("val_oneshot"), m.valOneShot}};
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

Trainer::Trainer(TrainConfig config, QString runDir, std::shared_ptr<const data::Omniglot> data)
    : m_config(std::move(config))
    , m_runDir(std::move(runDir))
    , m_data(std::move(data))
{
    keepFreedMemory(); // the programs call it first thing too; here for any other host
}

Trainer::~Trainer() = default;

std::unique_ptr<Trainer> Trainer::resume(const QString &runDir, std::shared_ptr<const data::Omniglot> data)
{
    const QString last = QDir(runDir).filePath(QStringLiteral("checkpoints/last.pt"));
    const CheckpointState state = readCheckpointState(last);
    auto t = std::make_unique<Trainer>(state.config, runDir, std::move(data));
    t->m_resuming = true;
    return t;
}

TrainResult Trainer::run(TrainObserver *observer)
{
    TrainObserver quiet;
    TrainObserver &obs = observer ? *observer : quiet;
    const TrainConfig &cfg = m_config;
    const QDir dir(m_runDir);
    const QString lastPath = dir.filePath(QStringLiteral("checkpoints/last.pt"));
    const QString bestPath = dir.filePath(QStringLiteral("checkpoints/best.pt"));
    const QString csvPath = dir.filePath(QStringLiteral("metrics.csv"));

    if (!m_resuming && dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
        throw Error(QObject::tr("Run folder %1 is not empty: choose a new one, or resume it").arg(m_runDir));
    if (!QDir().mkpath(dir.filePath(QStringLiteral("checkpoints"))))
        throw Error(QObject::tr("Cannot create run folder %1").arg(m_runDir));

    // Setup: threads, device, data, splits, fixed validation and test sets.
    torch::set_num_threads(defaultThreads(cfg.threads));
    const torch::Device device = chooseDevice(cfg.device);
    const data::Protocol protocol = data::Protocol::byName(cfg.protocol);
    if (!m_data) {
        obs.onMessage(QObject::tr("Loading Omniglot from %1").arg(cfg.dataFolder));
        m_data = std::make_shared<data::Omniglot>(
            data::Omniglot::load(cfg.dataFolder, protocol.sets, cfg.loaderThreads + 1));
    }
    const data::Omniglot &omni = *m_data;
    const data::Subset trainSet = data::selectSubset(omni, protocol.train);
    const data::Subset valSet = data::selectSubset(omni, protocol.validation);
    const data::VerificationSet valPairs
        = data::sampleVerificationPairs(omni, valSet, std::max(2, cfg.validationPairs), deriveSeed(cfg.seed, 1));
    data::TaskSamplingOptions taskOpts;
    taskOpts.ways = cfg.validationWays;
    taskOpts.trials = cfg.validationTrials;
    taskOpts.withinAlphabet = !protocol.crossAlphabetTasks;
    taskOpts.seed = deriveSeed(cfg.seed, 2);
    const data::OneShotTaskSet valTasks
        = cfg.validationTrials > 0 ? data::sampleTasks(omni, valSet, taskOpts) : data::OneShotTaskSet{};

    data::PairSamplerOptions samplerOpts;
    samplerOpts.pairsPerEpoch = cfg.pairsPerEpoch;
    samplerOpts.sameAlphabetNegatives = cfg.sameAlphabetNegatives;
    samplerOpts.alphabetsPerBatch = cfg.batchAlphabets;
    samplerOpts.batchSize = cfg.batchSize;
    samplerOpts.seed = cfg.seed;
    data::PairSampler sampler(trainSet, samplerOpts);
    data::BatchPlan plan;
    plan.batchSize = cfg.batchSize;
    plan.side = cfg.model.inputSide;
    plan.augment = cfg.augment;
    plan.distortion = data::AffineParams::byName(cfg.distortion);
    plan.seed = cfg.seed;
    plan.threads = cfg.loaderThreads;

    torch::manual_seed(static_cast<std::uint64_t>(cfg.seed));
    model::SiameseNet net(cfg.model);
    net->to(device);
    net->train();
    auto optimizer = makeOptimizer(net, cfg.optimizer);
    std::vector<double> baseLrs;
    for (auto &g : optimizer->param_groups())
        baseLrs.push_back(g.options().get_lr());
    LrSchedule schedule(cfg.scheduler, cfg.optimizer.lr, cfg.epochs);

    CheckpointState st;
    st.config = cfg;
    st.sampler.seed = cfg.seed;
    if (m_resuming) {
        st = readCheckpointState(lastPath);
        if (!loadCheckpointTensors(lastPath, net, optimizer.get()))
            obs.onMessage(QObject::tr("%1 holds no optimiser state: the optimiser starts afresh").arg(lastPath));
        schedule.setState(st.schedule);
        // Keep the metrics up to the checkpoint, so the file reads as one uninterrupted run.
        QString kept = metricsCsvHeader() + QLatin1Char('\n');
        for (const MetricsRow &r : readMetricsCsv(csvPath)) {
            if (r.kind == QLatin1String("step") && r.step.step <= st.step)
                kept += toCsvRow(r.step) + QLatin1Char('\n');
            else if (r.kind == QLatin1String("epoch") && r.epoch.epoch <= st.epoch)
                kept += toCsvRow(r.epoch) + QLatin1Char('\n');
        }
        writeFileAtomically(csvPath, kept.toUtf8());
        obs.onMessage(QObject::tr("Resuming at epoch %1, step %2").arg(st.epoch + 1).arg(st.step));
    } else {
        TrainConfig saved = cfg;
        writeJsonAtomically(dir.filePath(QStringLiteral("config.json")), saved.toJson());
        writeFileAtomically(csvPath, (metricsCsvHeader() + QLatin1Char('\n')).toUtf8());
    }
    QFile csv(csvPath);
    if (!csv.open(QIODevice::Append | QIODevice::Text))
        throw Error(QObject::tr("Cannot append to %1: %2").arg(csvPath, csv.errorString()));
    auto appendRow = [&csv](const QString &row) {
        csv.write((row + QLatin1Char('\n')).toUtf8());
        csv.flush();
    };

    obs.onStart({{QStringLiteral("device"), device.is_cuda() ? QStringLiteral("cuda") : QStringLiteral("cpu")},
                 {QStringLiteral("threads"), torch::get_num_threads()},
                 {QStringLiteral("parameters"), static_cast<double>(net->parameterCount())},
                 {QStringLiteral("model"), cfg.model.summary()},
                 {QStringLiteral("protocol"), protocol.description},
                 {QStringLiteral("train_characters"), trainSet.characterCount()},
                 {QStringLiteral("validation_characters"), valSet.characterCount()},
                 {QStringLiteral("views_per_epoch"), cfg.pairsPerEpoch * (cfg.augment + 1)}});
    obs.onFilters(snapshotFilters(net, st.epoch, st.step));

    TrainResult result;
    result.runDir = m_runDir;
    const double budget = cfg.minutes > 0 ? cfg.minutes * 60.0 : 0.0;
    const long long viewsPerEpoch = static_cast<long long>(cfg.pairsPerEpoch) * (cfg.augment + 1);
    const Clock::time_point started = Clock::now();
    double pausedSeconds = 0;
    auto wall = [&] { return st.wallSeconds + seconds(Clock::now() - started) - pausedSeconds; };
    Clock::time_point windowStart = Clock::now();
    long long windowViews = 0;
    Clock::time_point lastFilters = Clock::now();
    int flatSteps = 0;

    auto setLr = [&](double factor) {
        auto &groups = optimizer->param_groups();
        for (std::size_t g = 0; g < groups.size(); ++g)
            groups[g].options().set_lr(baseLrs[g] * factor);
    };
    auto currentLr = [&] { return optimizer->param_groups().front().options().get_lr(); };

    auto validate = [&](int epochLabel) {
        EpochMetrics m;
        m.epoch = epochLabel;
        m.step = st.step;
        m.lr = currentLr();
        m.trainLoss = st.epochSteps ? st.epochLossSum / st.epochSteps : std::nan("");
        const eval::VerificationResult v = eval::evaluateVerification(net, valPairs, device);
        m.valLoss = v.loss;
        m.valAccAtHalf = v.accuracyAtHalf;
        m.valAccTuned = v.accuracyTuned;
        m.valThreshold = v.tunedThreshold;
        if (!valTasks.trials.empty())
            m.valOneShot = eval::evaluateOneShot(net, valTasks, device).accuracy();
        m.wallSeconds = wall();
        const double value = metricOf(m, cfg.earlyStopMetric);
        const bool hib = higherIsBetter(cfg.earlyStopMetric);
        if (!std::isnan(value) && (!st.hasBest || (hib ? value > st.bestMetric : value < st.bestMetric))) {
            st.bestMetric = value;
            st.hasBest = true;
            st.badEpochs = 0;
            st.bestFigures = figures(m);
            m.best = true;
        } else {
            st.badEpochs++;
        }
        schedule.epochEnd(value, hib);
        return std::make_pair(m, v.scoreStd);
    };

    auto finishEarly = [&](const QString &reason) {
        result.stopReason = reason;
        CheckpointState s = st;
        s.wallSeconds = wall();
        s.sampler = {cfg.seed, st.epoch,
                     static_cast<int>((static_cast<long long>(st.batchInEpoch) * cfg.batchSize) % cfg.pairsPerEpoch)};
        s.schedule = schedule.state();
        saveCheckpoint(lastPath, net, optimizer.get(), s);
    };

    bool done = false;
    for (; st.epoch < cfg.epochs && !done; ++st.epoch) {
        if (cfg.optimizer.kind == QLatin1String("sgd")) {
            // Koch: momentum rises linearly from its start to its final value.
            const double t = cfg.optimizer.momentumEpochs > 0
                ? std::min(1.0, st.epoch / double(cfg.optimizer.momentumEpochs))
                : 1.0;
            const double momentum
                = cfg.optimizer.momentumStart + (cfg.optimizer.momentumEnd - cfg.optimizer.momentumStart) * t;
            for (auto &g : optimizer->param_groups())
                static_cast<torch::optim::SGDOptions &>(g.options()).momentum(momentum);
        }
        // With K distorted views an epoch holds (K + 1) passes over its pairs: the sampler's
        // position is the pair of the current pass.
        sampler.setState(
            {cfg.seed, st.epoch,
             static_cast<int>((static_cast<long long>(st.batchInEpoch) * cfg.batchSize) % cfg.pairsPerEpoch)});
        st.sampler = sampler.state();
        data::BatchQueue queue(omni, sampler.epochPairs(st.epoch), st.epoch, plan, st.batchInEpoch);
        data::Batch batch;
        for (;;) {
            if (m_stop) {
                finishEarly(QStringLiteral("stopped"));
                done = true;
                break;
            }
            if (m_paused) {
                const auto pauseStart = Clock::now();
                while (m_paused && !m_stop)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                pausedSeconds += seconds(Clock::now() - pauseStart);
                windowStart = Clock::now();
                windowViews = 0;
                continue;
            }
            if (!queue.pop(batch))
                break;
            setLr(schedule.factor(st.step, st.epoch));
            const auto side = static_cast<long>(plan.side);
            const auto n = static_cast<long>(batch.count);
            const torch::Tensor left = torch::from_blob(batch.left.data(), {n, 1, side, side}).to(device);
            const torch::Tensor right = torch::from_blob(batch.right.data(), {n, 1, side, side}).to(device);
            const torch::Tensor labels = torch::from_blob(batch.labels.data(), {n}).to(device);
            optimizer->zero_grad();
            const torch::Tensor h = net->embed(torch::cat({left, right}, 0));
            const torch::Tensor hl = h.narrow(0, 0, n), hr = h.narrow(0, n, n);
            const torch::Tensor logits = net->score(hl, hr);
            torch::Tensor loss = torch::binary_cross_entropy_with_logits(logits, labels);
            const double lossValue = loss.item<double>(); // the pair loss, comparable across runs
            const bool crossTerms = cfg.batchNegatives > 0 || cfg.batchSoftmax > 0;
            if (crossTerms) {
                const auto characters = [&](std::vector<std::int64_t> &c) {
                    return torch::from_blob(c.data(), {n}, torch::kLong).to(device);
                };
                const torch::Tensor sameCharacter
                    = characters(batch.leftCharacters).unsqueeze(1) == characters(batch.rightCharacters).unsqueeze(0);
                const torch::Tensor cross = net->score(hl.unsqueeze(1), hr.unsqueeze(0)); // [n, n]
                if (cfg.batchNegatives > 0) {
                    const torch::Tensor perPair = torch::binary_cross_entropy_with_logits(
                        cross, torch::zeros_like(cross), {}, {}, torch::Reduction::None);
                    const torch::Tensor weight = sameCharacter.logical_not().to(perPair.scalar_type());
                    loss = loss + cfg.batchNegatives * (perPair * weight).sum() / weight.sum().clamp_min(1.0);
                }
                if (cfg.batchSoftmax > 0) {
                    // Row i of a same pair: its partner (column i) against every other right image;
                    // the other images of its character are neither target nor distractor.
                    std::vector<std::int64_t> same; // from the host's labels: no device sync
                    for (long i = 0; i < n; ++i) {
                        if (batch.labels[i] > 0.5f)
                            same.push_back(i);
                    }
                    if (!same.empty()) {
                        // A copy: backward needs the targets after this vector is gone.
                        const torch::Tensor positives = torch::tensor(same, torch::kLong).to(device);
                        const torch::Tensor diagonal
                            = torch::eye(n, torch::TensorOptions().dtype(torch::kBool).device(device));
                        const torch::Tensor masked = cross.masked_fill(sameCharacter & diagonal.logical_not(), -1e9);
                        const torch::Tensor rows = masked.index_select(0, positives);
                        const torch::Tensor columns = masked.t().index_select(0, positives);
                        const torch::Tensor oneShot = 0.5
                            * (torch::nn::functional::cross_entropy(rows, positives)
                               + torch::nn::functional::cross_entropy(columns, positives));
                        loss = loss + cfg.batchSoftmax * oneShot;
                    }
                }
            }
            // The total differs from the pair loss only with cross pairs: read it back only then.
            const double totalValue = crossTerms ? loss.item<double>() : lossValue;
            if (!std::isfinite(lossValue) || !std::isfinite(totalValue)) {
                result.failed = true;
                result.stopReason = QStringLiteral("diverged");
                result.message
                    = QObject::tr("The loss became %1 at step %2 (epoch %3, learning rate %4): the run diverged. "
                                  "Lower the learning rate or use a schedule; the checkpoints written before stay as "
                                  "they were.")
                          .arg(std::isnan(lossValue) ? QStringLiteral("NaN") : QStringLiteral("infinite"))
                          .arg(st.step + 1)
                          .arg(st.epoch + 1)
                          .arg(currentLr());
                done = true;
                break;
            }
            loss.backward();
            synchroniseGradients(net);
            optimizer->step();
            // A collapsed net gives every pair the same score: its logits stop varying.
            flatSteps = logits.detach().std().item<double>() < 1e-6 ? flatSteps + 1 : 0;
            if (flatSteps >= 200) {
                result.failed = true;
                result.stopReason = QStringLiteral("collapsed");
                result.message = QObject::tr("The network collapsed at step %1: it gives every pair the same score. "
                                             "Try a lower learning rate or batch norm.")
                                     .arg(st.step + 1);
                finishEarly(result.stopReason);
                result.failed = true;
                done = true;
                break;
            }
            ++st.step;
            st.batchInEpoch = batch.index + 1;
            st.windowLossSum += lossValue;
            ++st.windowSteps;
            st.epochLossSum += lossValue;
            ++st.epochSteps;
            windowViews += n;
            if (st.step % cfg.logEvery == 0) {
                StepMetrics m;
                m.step = st.step;
                m.epoch = st.epoch;
                m.epochProgress = static_cast<double>(st.batchInEpoch) / queue.batchCount();
                m.wallSeconds = wall();
                m.lr = currentLr();
                m.loss = st.windowLossSum / st.windowSteps;
                const double dt = seconds(Clock::now() - windowStart);
                m.pairsPerSecond = dt > 0 ? windowViews / dt : 0;
                const double doneViews = static_cast<double>(st.epoch) * viewsPerEpoch
                    + static_cast<double>(st.batchInEpoch) * cfg.batchSize;
                const double totalViews = static_cast<double>(cfg.epochs) * viewsPerEpoch;
                m.progress = std::min(1.0, doneViews / totalViews);
                if (m.pairsPerSecond > 0)
                    m.etaSeconds = (totalViews - doneViews) / m.pairsPerSecond;
                if (budget > 0) {
                    m.progress = std::max(m.progress, std::min(1.0, m.wallSeconds / budget));
                    m.etaSeconds
                        = m.etaSeconds < 0 ? budget - m.wallSeconds : std::min(m.etaSeconds, budget - m.wallSeconds);
                }
                appendRow(toCsvRow(m));
                obs.onStep(m);
                st.windowLossSum = 0;
                st.windowSteps = 0;
                windowStart = Clock::now();
                windowViews = 0;
            }
            if (seconds(Clock::now() - lastFilters) > 2.0) {
                obs.onFilters(snapshotFilters(net, st.epoch, st.step));
                lastFilters = Clock::now();
            }
            if (budget > 0 && wall() >= budget) {
                // The budget is spent mid-epoch: validate what we have, so the last minutes count.
                const auto [m, spread] = validate(st.epoch + 1);
                (void)spread;
                if (m.best)
                    saveCheckpoint(bestPath, net, nullptr, st);
                appendRow(toCsvRow(m));
                obs.onEpoch(m);
                finishEarly(QStringLiteral("time budget"));
                done = true;
                break;
            }
        }
        if (done)
            break;

        // End of the epoch: validate, keep the best, save the last, maybe stop early.
        const auto [m, spread] = validate(st.epoch + 1);
        st.epochLossSum = 0;
        st.epochSteps = 0;
        st.batchInEpoch = 0;
        st.schedule = schedule.state();
        CheckpointState next = st;
        next.epoch = st.epoch + 1;
        next.wallSeconds = wall();
        if (m.best)
            saveCheckpoint(bestPath, net, nullptr, next);
        saveCheckpoint(lastPath, net, optimizer.get(), next);
        appendRow(toCsvRow(m));
        obs.onEpoch(m);
        obs.onFilters(snapshotFilters(net, st.epoch + 1, st.step));
        if (spread < 1e-5) {
            result.failed = true;
            result.stopReason = QStringLiteral("collapsed");
            result.message = QObject::tr("The network collapsed in epoch %1: all validation pairs get the same score.")
                                 .arg(st.epoch + 1);
            done = true;
        } else if (cfg.patience > 0 && st.badEpochs >= cfg.patience) {
            result.stopReason = QStringLiteral("early stopping");
            obs.onMessage(
                QObject::tr("No improvement of %1 for %2 epochs: stopping").arg(cfg.earlyStopMetric).arg(cfg.patience));
            done = true;
        } else if (budget > 0 && wall() >= budget) {
            result.stopReason = QStringLiteral("time budget");
            done = true;
        }
        if (done)
            ++st.epoch;
    }
    if (result.stopReason.isEmpty())
        result.stopReason = QStringLiteral("epochs");
    st.schedule = schedule.state();
    result.epochsDone = st.epoch;
    result.steps = st.step;
    result.wallSeconds = wall();
    result.best = st.bestFigures;

    // The test, once, with the best checkpoint: selection never saw it.
    if (cfg.evaluateTestAtEnd && QFileInfo(bestPath).isFile() && result.stopReason != QLatin1String("stopped")) {
        obs.onMessage(QObject::tr("Testing the best checkpoint"));
        model::SiameseNet best = loadModel(bestPath);
        best->to(device);
        data::OneShotTaskSet testTasks;
        if (protocol.oneShotTestIsLakeRuns) {
            const QString runs = !cfg.runsPath.isEmpty()
                ? cfg.runsPath
                : QDir(cfg.dataFolder).filePath(QStringLiteral("all_runs.zip"));
            if (QFileInfo::exists(runs))
                testTasks = data::loadRunSet(runs);
            else
                obs.onMessage(QObject::tr("No run set at %1: skipping the one-shot test").arg(runs));
        } else {
            data::TaskSamplingOptions o;
            o.ways = 20;
            o.trials = 400;
            o.withinAlphabet = false;
            o.seed = deriveSeed(cfg.seed, 3);
            testTasks = data::sampleTasks(omni, data::selectSubset(omni, protocol.test), o);
        }
        if (!testTasks.trials.empty()) {
            const eval::OneShotResult r = eval::evaluateOneShot(best, testTasks, device);
            result.test = r.toJson();
            result.test.insert(QStringLiteral("protocol"), cfg.protocol);
            result.test.insert(QStringLiteral("source"), testTasks.source);
        }
        if (cfg.protocol == QLatin1String("koch") && (protocol.sets & data::Omniglot::Evaluation)) {
            const data::VerificationSet testPairs = data::sampleVerificationPairs(
                omni, data::selectSubset(omni, protocol.test), 10000, deriveSeed(cfg.seed, 4));
            const double threshold = st.bestFigures.value(QStringLiteral("val_threshold")).toDouble(0.5);
            const eval::VerificationResult v = eval::evaluateVerification(best, testPairs, device, threshold);
            result.test.insert(QStringLiteral("verification_acc_05"), v.accuracyAtHalf);
            result.test.insert(QStringLiteral("verification_acc_val_threshold"), v.accuracyAtGiven);
        }
    }
    writeJsonAtomically(dir.filePath(QStringLiteral("result.json")), result.toJson());
    if (result.failed)
        obs.onMessage(result.message);
    return result;
}

} // namespace oneshot::train
