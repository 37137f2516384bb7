// oneshot train and oneshot config: a config from a preset or a file, named options and --set.
#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

#include "Commands.h"
#include "Interrupt.h"
#include "ProgressPrinter.h"
#include "Supervisor.h"
#include "common/Error.h"
#include "common/Format.h"
#include "dist/Collective.h"
#include "model/Device.h"
#include "train/Trainer.h"

namespace oneshot::cli {

namespace {

/// The named options of `train` are short forms of settings: `--lr X` is `--set optimizer.lr=X`.
struct NamedOption
{
    const char *option;
    const char *key;
    const char *valueName;
};

const NamedOption kNamedOptions[] = {
    {"protocol", "protocol", "NAME"},
    {"minutes", "minutes", "M"},
    {"epochs", "epochs", "E"},
    {"pairs", "pairs_per_epoch", "N"},
    {"augment", "augment", "K"},
    {"distortion", "distortion", "NAME"},
    {"optimizer", "optimizer.kind", "NAME"},
    {"lr", "optimizer.lr", "LR"},
    {"scheduler", "scheduler.kind", "NAME"},
    {"gamma", "scheduler.gamma", "G"},
    {"batch", "batch_size", "B"},
    {"patience", "patience", "P"},
    {"seed", "seed", "S"},
    {"device", "device", "DEVICE"},
    {"threads", "threads", "T"},
};

const SettingInfo &infoOf(const char *key)
{
    const auto *s = findSetting(train::TrainConfig::settings(), QString::fromLatin1(key));
    Q_ASSERT(s);
    return s->info;
}

/// The options that make a config: --preset or --config, the named options and --set.
void addConfigOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("preset"),
                 QObject::tr("Start from a preset: %1 (default cpu).")
                     .arg(train::TrainConfig::presetNames().join(QLatin1String(", "))),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("config"), QObject::tr("Start from a config.json (e.g. an earlier run's)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("set"),
                 QObject::tr("Set any setting, e.g. --set loss.batch_softmax=0.5 (repeatable; applied after the "
                             "named options, in order). 'oneshot config --list' lists the keys."),
                 QStringLiteral("KEY=VALUE")});
    for (const NamedOption &o : kNamedOptions) {
        const SettingInfo &info = infoOf(o.key);
        p.addOption({QString::fromLatin1(o.option),
                     QObject::tr("%1 (%2; allowed: %3).").arg(info.labelText(), info.key, info.allowedText()),
                     QString::fromLatin1(o.valueName)});
    }
}

/// The config the options describe, checked as a whole.
train::TrainConfig configFromOptions(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("preset")) && p.isSet(QStringLiteral("config")))
        throw Error(QObject::tr("Give --preset or --config, not both"));
    train::TrainConfig cfg = p.isSet(QStringLiteral("config"))
        ? train::TrainConfig::fromFile(p.value(QStringLiteral("config")))
        : train::TrainConfig::forPreset(p.isSet(QStringLiteral("preset")) ? p.value(QStringLiteral("preset"))
                                                                          : QStringLiteral("cpu"));
    for (const NamedOption &o : kNamedOptions) {
        const QString option = QString::fromLatin1(o.option);
        if (!p.isSet(option))
            continue;
        try {
            cfg.set(QString::fromLatin1(o.key), p.value(option));
        } catch (const Error &e) {
            throw Error(QStringLiteral("--%1: %2").arg(option, e.message()));
        }
    }
    try {
        cfg.apply(p.values(QStringLiteral("set")));
    } catch (const Error &e) {
        throw Error(QStringLiteral("--set: %1").arg(e.message()));
    }
    cfg.validate();
    return cfg;
}

void printResult(const train::TrainResult &result)
{
    QTextStream out(stdout);
    out << QObject::tr("Run %1 ended (%2) after %3 epochs, %4 steps, %5.\n")
               .arg(result.runDir, result.stopReason)
               .arg(result.epochsDone)
               .arg(result.steps)
               .arg(formatClock(result.wallSeconds));
    if (!result.best.isEmpty())
        out << QObject::tr("Best epoch %1: validation one-shot %2, verification %3 (tuned)\n")
                   .arg(result.best[QStringLiteral("epoch")].toInt())
                   .arg(percent(result.best[QStringLiteral("val_oneshot")].toDouble()),
                        percent(result.best[QStringLiteral("val_acc_tuned")].toDouble()));
    if (!result.test.isEmpty())
        out << QObject::tr("Test (%1 protocol, %2): %3 of %4 correct, accuracy %5\n")
                   .arg(result.test[QStringLiteral("protocol")].toString(),
                        result.test[QStringLiteral("source")].toString())
                   .arg(result.test[QStringLiteral("correct")].toInt())
                   .arg(result.test[QStringLiteral("trials")].toInt())
                   .arg(percent(result.test[QStringLiteral("accuracy")].toDouble()));
}

/// Names the config options given beside --resume, which continues with the run's own config.
QStringList configOptionsGiven(const QCommandLineParser &p)
{
    QStringList given;
    for (const char *o : {"preset", "config", "set"}) {
        if (p.isSet(QString::fromLatin1(o)))
            given << QStringLiteral("--") + QString::fromLatin1(o);
    }
    for (const NamedOption &o : kNamedOptions) {
        if (p.isSet(QString::fromLatin1(o.option)))
            given << QStringLiteral("--") + QString::fromLatin1(o.option);
    }
    return given;
}

/// The data-parallel options: --nproc for one machine, and how workers meet.
void addWorkerOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("nproc"),
                 QObject::tr("Train data-parallel with N worker processes on this machine, each with its share of "
                             "the cores (default 1). Workers started by torchrun or by hand read RANK, WORLD_SIZE, "
                             "MASTER_ADDR and MASTER_PORT from the environment instead."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("backend"),
                 QObject::tr("Data-parallel backend: auto (gloo on CPU, nccl on CUDA), %1.")
                     .arg(dist::availableBackends().join(QStringLiteral(", "))),
                 QStringLiteral("NAME"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("master-addr"),
                 QObject::tr("With --nproc: the address the workers meet at (default 127.0.0.1)."),
                 QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")});
    p.addOption({QStringLiteral("master-port"),
                 QObject::tr("With --nproc: the port they meet at (default: a free one)."), QStringLiteral("PORT")});
    p.addOption({QStringLiteral("dist-timeout"),
                 QObject::tr("Seconds a worker waits for the others in a collective before it gives up (a worker "
                             "died or hung; default 300)."),
                 QStringLiteral("S"), QStringLiteral("300")});
}

int positiveOption(const QCommandLineParser &p, const QString &name, int high)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < 1 || v > high)
        throw Error(QObject::tr("--%1 %2: give a whole number from 1 to %3").arg(name, p.value(name)).arg(high));
    return v;
}

/// The worker's arguments: the command's own, without --nproc and the options only the
/// supervisor reads.
QStringList workerArguments(const QStringList &args)
{
    QStringList out{QStringLiteral("train")};
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        bool dropped = false;
        for (const char *name : {"--nproc", "--master-addr", "--master-port"}) {
            const QString option = QString::fromLatin1(name);
            if (a == option) {
                ++i; // and its value
                dropped = true;
            } else if (a.startsWith(option + QLatin1Char('='))) {
                dropped = true;
            }
        }
        if (!dropped)
            out << a;
    }
    return out;
}

} // namespace

int runTrain(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr(
        "Trains a Siamese network and writes a run folder (config.json, metrics.csv, checkpoints, result.json)."));
    p.addOption({QStringLiteral("data"), QObject::tr("Omniglot data folder (found automatically if omitted)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("out"), QObject::tr("The run folder to create."), QStringLiteral("RUNDIR")});
    p.addOption({QStringLiteral("resume"), QObject::tr("Resume the run in RUNDIR from its last checkpoint."),
                 QStringLiteral("RUNDIR")});
    addConfigOptions(p);
    addWorkerOptions(p);
    p.addOption({QStringLiteral("json"), QObject::tr("Print JSON lines (start, epoch, result) instead of text.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;

    const dist::WorldInfo world = dist::WorldInfo::fromEnvironment();
    dist::CollectiveOptions collectiveOptions;
    collectiveOptions.backend = p.value(QStringLiteral("backend"));
    if (collectiveOptions.backend != QLatin1String("auto")
        && !dist::availableBackends().contains(collectiveOptions.backend))
        throw Error(QObject::tr("--backend %1: not available in this build (available: auto, %2)")
                        .arg(collectiveOptions.backend, dist::availableBackends().join(QStringLiteral(", "))));
    collectiveOptions.timeout = std::chrono::seconds(positiveOption(p, QStringLiteral("dist-timeout"), 86400));
    const int nproc = p.isSet(QStringLiteral("nproc")) ? positiveOption(p, QStringLiteral("nproc"), 256) : 1;
    if (nproc > 1) {
        if (world.distributed())
            throw Error(QObject::tr("--nproc starts the workers itself; this process is already worker %1 of %2 "
                                    "(WORLD_SIZE is set)")
                            .arg(world.rank)
                            .arg(world.size));
        if (!p.isSet(QStringLiteral("out")) && !p.isSet(QStringLiteral("resume")))
            throw Error(QObject::tr("Give --out RUNDIR for the new run (or --resume RUNDIR)"));
        SupervisorOptions so;
        so.workers = nproc;
        so.masterAddr = p.value(QStringLiteral("master-addr"));
        so.masterPort
            = p.isSet(QStringLiteral("master-port")) ? positiveOption(p, QStringLiteral("master-port"), 65535) : 0;
        so.timeoutSeconds = static_cast<int>(collectiveOptions.timeout.count());
        return superviseWorkers(workerArguments(args), so);
    }

    std::unique_ptr<train::Trainer> trainer;
    if (p.isSet(QStringLiteral("resume"))) {
        const QStringList given = configOptionsGiven(p);
        if (!given.isEmpty())
            throw Error(QObject::tr("--resume continues the run with its own config; %1 cannot change it")
                            .arg(given.join(QLatin1String(", "))));
        trainer = train::Trainer::resume(p.value(QStringLiteral("resume")));
    } else {
        if (!p.isSet(QStringLiteral("out")))
            throw Error(QObject::tr("Give --out RUNDIR for the new run (or --resume RUNDIR)"));
        train::TrainConfig cfg = configFromOptions(p);
        cfg.dataFolder
            = resolveDataFolder(p.isSet(QStringLiteral("data")) ? p.value(QStringLiteral("data")) : cfg.dataFolder);
        if (cfg.runsPath.isEmpty())
            cfg.runsPath = QDir(cfg.dataFolder).filePath(QStringLiteral("all_runs.zip"));
        trainer = std::make_unique<train::Trainer>(cfg, p.value(QStringLiteral("out")));
    }

    if (world.distributed()) {
        // auto: NCCL between GPUs where this LibTorch has it, Gloo otherwise.
        if (collectiveOptions.backend == QLatin1String("auto"))
            collectiveOptions.backend = dist::availableBackends().contains(QStringLiteral("nccl"))
                    && model::chooseDevice(trainer->config().device).is_cuda()
                ? QStringLiteral("nccl")
                : QStringLiteral("gloo");
        trainer->setCollective(std::make_shared<dist::Collective>(world, collectiveOptions));
    }
    const bool quiet = world.rank != 0; // rank 0 speaks for the run; the others only of errors
    const bool json = p.isSet(QStringLiteral("json"));
    ProgressPrinter printer(json, trainer->config().epochs);
    train::TrainResult result;
    {
        const InterruptStops interrupts(trainer->control());
        result = trainer->run(quiet ? nullptr : &printer);
    }
    if (quiet)
        return result.failed ? 1 : 0;
    if (json) {
        QJsonObject o = result.toJson();
        o.insert(QStringLiteral("event"), QStringLiteral("result"));
        printJson(o);
    } else {
        printResult(result);
    }
    if (result.failed) {
        QTextStream(stderr) << QObject::tr("error: ") << result.message << '\n';
        return 1;
    }
    return 0;
}

int runConfig(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr("Prints the config that a preset or a config file, the named options and "
                                            "--set make, as 'oneshot train' would use it (config.json's format)."));
    addConfigOptions(p);
    p.addOption({QStringLiteral("list"), QObject::tr("List every setting: key, allowed values, value, meaning.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    const train::TrainConfig cfg = configFromOptions(p);
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("list"))) {
        // Columns as wide as their widest entry: key, value, allowed values, meaning.
        std::vector<QStringList> rows;
        std::vector<qsizetype> width(3, 0);
        for (const auto &s : train::TrainConfig::settings()) {
            rows.push_back({s.info.key, settingToText(s.info, s.get(cfg)), s.info.allowedText(), s.info.labelText()});
            for (std::size_t c = 0; c < width.size(); ++c)
                width[c] = std::max(width[c], rows.back()[static_cast<qsizetype>(c)].size());
        }
        for (const QStringList &r : rows) {
            for (std::size_t c = 0; c < width.size(); ++c)
                out << r[static_cast<qsizetype>(c)].leftJustified(width[c] + 2);
            out << r[3] << '\n';
        }
        return 0;
    }
    out << QJsonDocument(cfg.toJson()).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace oneshot::cli
