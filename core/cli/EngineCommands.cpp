#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include "cli/Commands.h"
#include "common/Error.h"
#include "common/Parallel.h"
#include "data/Distortion.h"
#include "data/Protocol.h"
#include "data/OneShotTasks.h"
#include "data/Preprocess.h"
#include "eval/Baselines.h"
#include "eval/Evaluator.h"
#include "export/ModelExport.h"
#include "train/Checkpoint.h"
#include "train/Trainer.h"

namespace oneshot::cli {

namespace {

std::atomic<train::Trainer *> g_activeTrainer{nullptr};

void onInterrupt(int)
{
    if (train::Trainer *t = g_activeTrainer.load())
        t->requestStop();
}

QString clock(double s)
{
    if (s < 0 || !std::isfinite(s))
        return QStringLiteral("--:--");
    const int total = static_cast<int>(s);
    return total >= 3600 ? QStringLiteral("%1:%2:%3")
                               .arg(total / 3600)
                               .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
                               .arg(total % 60, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString pct(double v)
{
    return std::isnan(v) ? QStringLiteral("  -  ") : QStringLiteral("%1%").arg(100 * v, 5, 'f', 1);
}

/// Prints training progress: a bar with ETA and pairs/s on a terminal, a line per epoch
/// otherwise, or JSON lines.
class CliObserver : public train::TrainObserver
{
public:
    CliObserver(bool json, int epochs)
        : m_json(json)
        , m_tty(isatty(fileno(stderr)) != 0)
        , m_epochs(epochs)
    {
    }

    void onStart(const QJsonObject &info) override
    {
        if (m_json) {
            QJsonObject o = info;
            o.insert(QStringLiteral("event"), QStringLiteral("start"));
            printJson(o);
        } else {
            m_err << QObject::tr("Model %1, %2 parameters; %3; device %4, %5 threads\n")
                         .arg(info[QStringLiteral("model")].toString())
                         .arg(static_cast<qint64>(info[QStringLiteral("parameters")].toDouble()))
                         .arg(info[QStringLiteral("protocol")].toString(), info[QStringLiteral("device")].toString())
                         .arg(info[QStringLiteral("threads")].toInt())
                  << Qt::flush;
        }
    }

    void onStep(const train::StepMetrics &m) override
    {
        if (m_json || !m_tty)
            return;
        const int width = 24;
        const int filled = static_cast<int>(m.progress * width);
        m_err << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
              << QStringLiteral("%1% epoch %2/%3 step %4 loss %5 lr %6 %7 pairs/s ETA %8   ")
                     .arg(static_cast<int>(100 * m.progress), 3)
                     .arg(m.epoch + 1)
                     .arg(m_epochs)
                     .arg(m.step)
                     .arg(m.loss, 0, 'f', 4)
                     .arg(m.lr, 0, 'g', 3)
                     .arg(static_cast<int>(m.pairsPerSecond))
                     .arg(clock(m.etaSeconds))
              << Qt::flush;
    }

    void onEpoch(const train::EpochMetrics &m) override
    {
        if (m_json) {
            printJson({{QStringLiteral("event"), QStringLiteral("epoch")},
                       {QStringLiteral("epoch"), m.epoch},
                       {QStringLiteral("step"), static_cast<double>(m.step)},
                       {QStringLiteral("wall_time_s"), m.wallSeconds},
                       {QStringLiteral("train_loss"), m.trainLoss},
                       {QStringLiteral("val_loss"), m.valLoss},
                       {QStringLiteral("val_acc_05"), m.valAccAtHalf},
                       {QStringLiteral("val_acc_tuned"), m.valAccTuned},
                       {QStringLiteral("val_oneshot"), m.valOneShot},
                       {QStringLiteral("best"), m.best}});
            return;
        }
        if (m_tty)
            m_err << '\r' << QString(110, QLatin1Char(' ')) << '\r';
        m_err << QObject::tr("epoch %1  %2  train loss %3  val loss %4  verification %5 (tuned %6)  one-shot %7%8\n")
                     .arg(m.epoch, 3)
                     .arg(clock(m.wallSeconds))
                     .arg(m.trainLoss, 0, 'f', 4)
                     .arg(m.valLoss, 0, 'f', 4)
                     .arg(pct(m.valAccAtHalf), pct(m.valAccTuned), pct(m.valOneShot))
                     .arg(m.best ? QStringLiteral("  *best") : QString())
              << Qt::flush;
    }

    void onMessage(const QString &text) override
    {
        if (m_json)
            printJson({{QStringLiteral("event"), QStringLiteral("message")}, {QStringLiteral("text"), text}});
        else
            m_err << (m_tty ? QStringLiteral("\r") : QString()) << text << '\n' << Qt::flush;
    }

private:
    bool m_json;
    bool m_tty;
    int m_epochs;
    QTextStream m_err{stderr};
};

torch::Device deviceFor(const QString &wanted)
{
    if (wanted == QLatin1String("cuda") && !torch::cuda::is_available())
        throw Error(QObject::tr("--device cuda: this LibTorch has no CUDA or no GPU is visible"));
    return wanted != QLatin1String("cpu") && torch::cuda::is_available() ? torch::Device(torch::kCUDA)
                                                                         : torch::Device(torch::kCPU);
}

void addModelSource(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("run"), QObject::tr("A run folder (its best checkpoint)."), QStringLiteral("RUNDIR")});
    p.addOption({QStringLiteral("checkpoint"), QObject::tr("A checkpoint file."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("device"), QObject::tr("auto, cpu or cuda."), QStringLiteral("DEVICE"),
                 QStringLiteral("auto")});
}

model::SiameseNet modelFrom(const QCommandLineParser &p, train::CheckpointState *state = nullptr,
                            QString *path = nullptr)
{
    QString file;
    if (p.isSet(QStringLiteral("checkpoint")))
        file = p.value(QStringLiteral("checkpoint"));
    else if (p.isSet(QStringLiteral("run")))
        file = train::runCheckpoint(p.value(QStringLiteral("run")));
    else
        throw Error(QObject::tr("Give --run RUNDIR or --checkpoint FILE"));
    model::SiameseNet net = train::loadModel(file, state);
    net->to(deviceFor(p.value(QStringLiteral("device"))));
    if (path)
        *path = file;
    return net;
}

QString runsPathFrom(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("runs")))
        return p.value(QStringLiteral("runs"));
    return QDir(resolveDataFolder(p.value(QStringLiteral("data")))).filePath(QStringLiteral("all_runs.zip"));
}

void printOneShot(const eval::OneShotResult &r, bool json, QJsonObject extra, double secondsTaken)
{
    if (json) {
        QJsonObject o = r.toJson();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        o.insert(QStringLiteral("seconds"), secondsTaken);
        QJsonArray perRun;
        for (double a : r.perRunAccuracy())
            perRun.append(a);
        o.insert(QStringLiteral("per_run_accuracy"), perRun);
        printJson(o);
        return;
    }
    QTextStream(stdout) << QObject::tr("%1: %2 of %3 trials correct in %4 runs: accuracy %5% (error %6%), %7 s\n")
                               .arg(r.method)
                               .arg(r.correct)
                               .arg(r.trials)
                               .arg(r.runs)
                               .arg(100 * r.accuracy(), 0, 'f', 2)
                               .arg(100 * (1 - r.accuracy()), 0, 'f', 2)
                               .arg(secondsTaken, 0, 'f', 2);
}

} // namespace

int runTrain(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr(
        "Trains a Siamese network and writes a run folder (config.json, metrics.csv, checkpoints, result.json)."));
    p.addOption({QStringLiteral("data"), QObject::tr("Omniglot data folder (found automatically if omitted)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("protocol"), QObject::tr("lake, koch or seed."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("out"), QObject::tr("The run folder to create."), QStringLiteral("RUNDIR")});
    p.addOption({QStringLiteral("resume"), QObject::tr("Resume the run in RUNDIR from its last checkpoint."),
                 QStringLiteral("RUNDIR")});
    p.addOption({QStringLiteral("preset"),
                 QObject::tr("Model preset: cpu (default), koch2015 or tiny, with its recommended settings."),
                 QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("config"), QObject::tr("A config.json (e.g. from an earlier run)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("minutes"), QObject::tr("Time budget; the best checkpoint stands when it is spent."),
                 QStringLiteral("M")});
    p.addOption({QStringLiteral("epochs"), QObject::tr("Epochs."), QStringLiteral("E")});
    p.addOption(
        {QStringLiteral("pairs"), QObject::tr("Pairs per epoch (30000, 90000, 150000 or any)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("augment"),
                 QObject::tr("Distorted views per pair besides the plain one (Koch's x8: 8)."), QStringLiteral("K")});
    p.addOption({QStringLiteral("distortion"), QObject::tr("koch, torchvision or none."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("optimizer"), QObject::tr("sgd or adam."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("lr"), QObject::tr("Learning rate."), QStringLiteral("LR")});
    p.addOption({QStringLiteral("scheduler"),
                 QObject::tr("constant, step, exponential, triangular, triangular2, plateau or cosine."),
                 QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("gamma"), QObject::tr("Scheduler factor (step, exponential, plateau)."), QStringLiteral("G")});
    p.addOption({QStringLiteral("batch"), QObject::tr("Batch size."), QStringLiteral("B")});
    p.addOption(
        {QStringLiteral("patience"), QObject::tr("Early stopping patience in epochs (0: off)."), QStringLiteral("P")});
    p.addOption({QStringLiteral("seed"), QObject::tr("Random seed."), QStringLiteral("S")});
    p.addOption({QStringLiteral("device"), QObject::tr("auto, cpu or cuda."), QStringLiteral("DEVICE")});
    p.addOption(
        {QStringLiteral("threads"), QObject::tr("CPU threads for LibTorch (0: all cores)."), QStringLiteral("T")});
    p.addOption({QStringLiteral("json"), QObject::tr("Print JSON lines (start, epoch, result) instead of text.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;

    std::unique_ptr<train::Trainer> trainer;
    if (p.isSet(QStringLiteral("resume"))) {
        trainer = train::Trainer::resume(p.value(QStringLiteral("resume")));
    } else {
        if (!p.isSet(QStringLiteral("out")))
            throw Error(QObject::tr("Give --out RUNDIR for the new run (or --resume RUNDIR)"));
        train::TrainConfig cfg = p.isSet(QStringLiteral("config"))
            ? train::TrainConfig::fromFile(p.value(QStringLiteral("config")))
            : train::TrainConfig::forPreset(p.value(QStringLiteral("preset")).isEmpty()
                                                ? QStringLiteral("cpu")
                                                : p.value(QStringLiteral("preset")));
        auto intOpt = [&p](const char *name, int &target, int lo, int hi) {
            if (!p.isSet(QString::fromLatin1(name)))
                return;
            bool ok = false;
            const int v = p.value(QString::fromLatin1(name)).toInt(&ok);
            if (!ok || v < lo || v > hi)
                throw Error(QObject::tr("--%1 must be an integer in [%2, %3], got '%4'")
                                .arg(QString::fromLatin1(name))
                                .arg(lo)
                                .arg(hi)
                                .arg(p.value(QString::fromLatin1(name))));
            target = v;
        };
        auto realOpt = [&p](const char *name, double &target, double lo, double hi) {
            if (!p.isSet(QString::fromLatin1(name)))
                return;
            bool ok = false;
            const double v = p.value(QString::fromLatin1(name)).toDouble(&ok);
            if (!ok || v < lo || v > hi)
                throw Error(QObject::tr("--%1 must be a number in [%2, %3], got '%4'")
                                .arg(QString::fromLatin1(name))
                                .arg(lo)
                                .arg(hi)
                                .arg(p.value(QString::fromLatin1(name))));
            target = v;
        };
        if (p.isSet(QStringLiteral("protocol")))
            cfg.protocol = data::Protocol::byName(p.value(QStringLiteral("protocol"))).name;
        realOpt("minutes", cfg.minutes, 0, 1e6);
        intOpt("epochs", cfg.epochs, 1, 1000000);
        intOpt("pairs", cfg.pairsPerEpoch, 2, 100000000);
        intOpt("augment", cfg.augment, 0, 100);
        intOpt("batch", cfg.batchSize, 1, 65536);
        intOpt("patience", cfg.patience, 0, 100000);
        intOpt("threads", cfg.threads, 0, 1024);
        realOpt("lr", cfg.optimizer.lr, 1e-9, 10);
        realOpt("gamma", cfg.scheduler.gamma, 1e-6, 1);
        if (p.isSet(QStringLiteral("distortion")))
            cfg.distortion = data::AffineParams::byName(p.value(QStringLiteral("distortion"))).name;
        if (p.isSet(QStringLiteral("optimizer"))) {
            const QString o = p.value(QStringLiteral("optimizer"));
            if (o == QLatin1String("sgd"))
                cfg.optimizer = train::OptimizerConfig::kochSgd();
            else if (o == QLatin1String("adam"))
                cfg.optimizer = train::OptimizerConfig::reproductionAdam();
            else
                throw Error(QObject::tr("--optimizer must be sgd or adam, got '%1'").arg(o));
            realOpt("lr", cfg.optimizer.lr, 1e-9, 10);
        }
        if (p.isSet(QStringLiteral("scheduler"))) {
            QJsonObject s = cfg.scheduler.toJson();
            s.insert(QStringLiteral("kind"), p.value(QStringLiteral("scheduler")));
            cfg.scheduler = train::SchedulerConfig::fromJson(s);
            realOpt("gamma", cfg.scheduler.gamma, 1e-6, 1);
        }
        if (p.isSet(QStringLiteral("seed"))) {
            bool ok = false;
            cfg.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                throw Error(QObject::tr("--seed must be a non-negative integer, got '%1'")
                                .arg(p.value(QStringLiteral("seed"))));
        }
        if (p.isSet(QStringLiteral("device"))) {
            cfg.device = p.value(QStringLiteral("device"));
            if (cfg.device != QLatin1String("auto") && cfg.device != QLatin1String("cpu")
                && cfg.device != QLatin1String("cuda"))
                throw Error(QObject::tr("--device must be auto, cpu or cuda, got '%1'").arg(cfg.device));
        }
        cfg.dataFolder
            = resolveDataFolder(p.isSet(QStringLiteral("data")) ? p.value(QStringLiteral("data")) : cfg.dataFolder);
        if (cfg.runsPath.isEmpty())
            cfg.runsPath = QDir(cfg.dataFolder).filePath(QStringLiteral("all_runs.zip"));
        trainer = std::make_unique<train::Trainer>(cfg, p.value(QStringLiteral("out")));
    }

    const bool json = p.isSet(QStringLiteral("json"));
    CliObserver observer(json, trainer->config().epochs);
    g_activeTrainer = trainer.get();
    auto previous = std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    train::TrainResult result;
    try {
        result = trainer->run(&observer);
    } catch (...) {
        g_activeTrainer = nullptr;
        std::signal(SIGINT, previous);
        throw;
    }
    g_activeTrainer = nullptr;
    std::signal(SIGINT, previous);

    if (json) {
        QJsonObject o = result.toJson();
        o.insert(QStringLiteral("event"), QStringLiteral("result"));
        printJson(o);
    } else {
        QTextStream out(stdout);
        out << QObject::tr("Run %1 ended (%2) after %3 epochs, %4 steps, %5.\n")
                   .arg(result.runDir, result.stopReason)
                   .arg(result.epochsDone)
                   .arg(result.steps)
                   .arg(clock(result.wallSeconds));
        if (!result.best.isEmpty())
            out << QObject::tr("Best epoch %1: validation one-shot %2, verification %3 (tuned)\n")
                       .arg(result.best[QStringLiteral("epoch")].toInt())
                       .arg(pct(result.best[QStringLiteral("val_oneshot")].toDouble()),
                            pct(result.best[QStringLiteral("val_acc_tuned")].toDouble()));
        if (!result.test.isEmpty())
            out << QObject::tr("Test (%1 protocol, %2): %3 of %4 correct, accuracy %5\n")
                       .arg(result.test[QStringLiteral("protocol")].toString(),
                            result.test[QStringLiteral("source")].toString())
                       .arg(result.test[QStringLiteral("correct")].toInt())
                       .arg(result.test[QStringLiteral("trials")].toInt())
                       .arg(pct(result.test[QStringLiteral("accuracy")].toDouble()));
    }
    if (result.failed) {
        QTextStream(stderr) << QObject::tr("error: ") << result.message << '\n';
        return 1;
    }
    return 0;
}

int runEvaluate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QObject::tr("Scores a trained model on one-shot run sets in Lake's format (ties count as wrong)."));
    addModelSource(p);
    p.addOption({QStringLiteral("runs"),
                 QObject::tr("Run set zip or folder (default: all_runs.zip of the data folder)."),
                 QStringLiteral("ZIP_OR_DIR")});
    p.addOption(
        {QStringLiteral("data"), QObject::tr("Omniglot data folder, to find all_runs.zip."), QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("threads"), QObject::tr("CPU threads (0: all)."), QStringLiteral("T"), QStringLiteral("0")});
    p.addOption({QStringLiteral("json"), QObject::tr("Print one JSON object.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    torch::set_num_threads(defaultThreads(p.value(QStringLiteral("threads")).toInt()));
    train::CheckpointState state;
    QString file;
    model::SiameseNet net = modelFrom(p, &state, &file);
    const data::OneShotTaskSet tasks = data::loadRunSet(runsPathFrom(p));
    QElapsedTimer timer;
    timer.start();
    const eval::OneShotResult r = eval::evaluateOneShot(net, tasks, net->head()->weight.device());
    printOneShot(r, p.isSet(QStringLiteral("json")),
                 {{QStringLiteral("checkpoint"), file},
                  {QStringLiteral("protocol"), state.config.protocol},
                  {QStringLiteral("model"), state.config.model.name}},
                 timer.nsecsElapsed() / 1e9);
    return 0;
}

int runBaseline(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr("Computes a baseline on one-shot run sets: nearest neighbour on pixels, or "
                                            "Lake's modified Hausdorff distance."));
    p.addOption({QStringLiteral("method"), QObject::tr("pixels or hausdorff."), QStringLiteral("NAME"),
                 QStringLiteral("hausdorff")});
    p.addOption({QStringLiteral("runs"),
                 QObject::tr("Run set zip or folder (default: all_runs.zip of the data folder)."),
                 QStringLiteral("ZIP_OR_DIR")});
    p.addOption(
        {QStringLiteral("data"), QObject::tr("Omniglot data folder, to find all_runs.zip."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("json"), QObject::tr("Print one JSON object.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    const QString method = p.value(QStringLiteral("method"));
    if (method != QLatin1String("pixels") && method != QLatin1String("hausdorff"))
        throw Error(QObject::tr("--method must be pixels or hausdorff, got '%1'").arg(method));
    const data::OneShotTaskSet tasks = data::loadRunSet(runsPathFrom(p));
    QElapsedTimer timer;
    timer.start();
    const eval::OneShotResult r
        = method == QLatin1String("pixels") ? eval::pixelNearestNeighbour(tasks) : eval::modifiedHausdorff(tasks);
    printOneShot(r, p.isSet(QStringLiteral("json")), {}, timer.nsecsElapsed() / 1e9);
    return 0;
}

int runScore(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QObject::tr("The similarity of two images, through the same preprocessing as a dropped image."));
    addModelSource(p);
    p.addPositionalArgument(QStringLiteral("IMAGE_A"), QObject::tr("First image."));
    p.addPositionalArgument(QStringLiteral("IMAGE_B"), QObject::tr("Second image."));
    p.addOption({QStringLiteral("json"), QObject::tr("Print one JSON object.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (p.positionalArguments().size() != 2)
        throw Error(QObject::tr("Give two images"));
    model::SiameseNet net = modelFrom(p);
    const cv::Mat a = data::preprocessFile(p.positionalArguments()[0]);
    const cv::Mat b = data::preprocessFile(p.positionalArguments()[1]);
    const torch::Tensor emb = eval::embedImages(net, {a, b}, net->head()->weight.device());
    torch::NoGradGuard noGrad;
    const double logit = net->score(emb.narrow(0, 0, 1), emb.narrow(0, 1, 1)).item<double>();
    const double prob = 1.0 / (1.0 + std::exp(-logit));
    if (p.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("logit"), logit}, {QStringLiteral("probability_same"), prob}});
    else
        QTextStream(stdout)
            << QObject::tr("probability same: %1 (logit %2)\n").arg(prob, 0, 'f', 4).arg(logit, 0, 'f', 3);
    return 0;
}

int runExportFilters(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr("Writes the first-layer filters as one grid image (PNG)."));
    addModelSource(p);
    p.addOption({QStringLiteral("out"), QObject::tr("PNG file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("scale"), QObject::tr("Pixels per weight."), QStringLiteral("N"), QStringLiteral("6")});
    p.addOption({QStringLiteral("global"),
                 QObject::tr("One range for all filters (zero is mid grey) instead of one per filter.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (!p.isSet(QStringLiteral("out")))
        throw Error(QObject::tr("Give --out FILE.png"));
    model::SiameseNet net = modelFrom(p);
    exporting::GridOptions o;
    o.cellScale = std::max(1, p.value(QStringLiteral("scale")).toInt());
    o.perCellNorm = !p.isSet(QStringLiteral("global"));
    exporting::writePng(p.value(QStringLiteral("out")), exporting::filterGrid(exporting::filtersOf(net), o));
    QTextStream(stdout) << p.value(QStringLiteral("out")) << '\n';
    return 0;
}

int runActivations(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QObject::tr("Writes the activation maps of every conv layer for one image, one grid PNG per layer."));
    addModelSource(p);
    p.addPositionalArgument(QStringLiteral("IMAGE"), QObject::tr("Any image; preprocessed like a dropped one."));
    p.addOption(
        {QStringLiteral("out"), QObject::tr("Folder to write conv1.png, conv2.png, ..."), QStringLiteral("DIR")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("out")))
        throw Error(QObject::tr("Give one IMAGE and --out DIR"));
    model::SiameseNet net = modelFrom(p);
    const cv::Mat img = data::preprocessFile(p.positionalArguments().first());
    const QString dir = p.value(QStringLiteral("out"));
    QDir().mkpath(dir);
    exporting::writePng(QDir(dir).filePath(QStringLiteral("input.png")), img);
    for (const exporting::LayerMaps &m : exporting::activationMaps(net, img)) {
        exporting::GridOptions o;
        o.cellScale = std::max(1, 96 / std::max(m.width, 1));
        const QString path = QDir(dir).filePath(m.name + QLatin1String(".png"));
        exporting::writePng(path, exporting::mapGrid(m.values.data(), m.channels, m.height, m.width, o));
        QTextStream(stdout) << path << '\n';
    }
    return 0;
}

int runExportPython(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr(
        "Writes weights.pt, spec.json and model.py: a folder PyTorch users can load with model.load(folder)."));
    addModelSource(p);
    p.addOption({QStringLiteral("out"), QObject::tr("Folder to write."), QStringLiteral("DIR")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (!p.isSet(QStringLiteral("out")))
        throw Error(QObject::tr("Give --out DIR"));
    model::SiameseNet net = modelFrom(p);
    exporting::exportPython(net, p.value(QStringLiteral("out")));
    QTextStream(stdout) << p.value(QStringLiteral("out")) << '\n';
    return 0;
}

} // namespace oneshot::cli
