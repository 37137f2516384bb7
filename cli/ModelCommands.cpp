// The commands that use a trained model: evaluate, baseline, score, exports.
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include "Commands.h"
#include "common/Error.h"
#include "common/Parallel.h"
#include "data/Distortion.h"
#include "data/Protocol.h"
#include "data/OneShotTasks.h"
#include "data/Preprocess.h"
#include "eval/Baselines.h"
#include "eval/Evaluator.h"
#include "export/ModelExport.h"
#include "model/Device.h"
#include "train/Checkpoint.h"
#include "train/DefaultModel.h"
#include "train/RunFolder.h"

namespace oneshot::cli {

namespace {

void addModelSource(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("run"),
                 QObject::tr("A run folder (its best checkpoint). Without --run or --checkpoint: the default model."),
                 QStringLiteral("RUNDIR")});
    p.addOption({QStringLiteral("checkpoint"), QObject::tr("A checkpoint file."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("device"), QObject::tr("auto, cpu or cuda."), QStringLiteral("DEVICE"),
                 QStringLiteral("auto")});
}

/// The default model, said on stderr (what a user gets without --run or --checkpoint).
QString defaultModel()
{
    const QString file = train::defaultModelPath();
    if (file.isEmpty())
        throw Error(QObject::tr("Give --run RUNDIR or --checkpoint FILE: there is no default model (looked for %1)")
                        .arg(train::defaultModelPlaces().join(QLatin1String(", "))));
    const QJsonObject provenance = train::modelProvenance(file);
    QTextStream(stderr) << QObject::tr("Using the default model %1 (%2)\n")
                               .arg(file,
                                    provenance.value(QStringLiteral("summary")).toString(QObject::tr("no provenance")))
                        << Qt::flush;
    return file;
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
        file = defaultModel();
    model::SiameseNet net = train::loadModel(file, state);
    net->to(model::chooseDevice(p.value(QStringLiteral("device"))));
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
    exporting::writePng(p.value(QStringLiteral("out")), exporting::filterGrid(model::filtersOf(net), o));
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
