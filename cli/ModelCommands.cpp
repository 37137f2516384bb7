// The commands that use a trained model: evaluate, baseline, score, exports.
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "Commands.h"
#include "common/AtomicFile.h"
#include "common/Error.h"
#include "common/Format.h"
#include "common/Parallel.h"
#include "data/CharacterFolder.h"
#include "data/Distortion.h"
#include "data/Protocol.h"
#include "data/OneShotTasks.h"
#include "data/Preprocess.h"
#include "eval/Baselines.h"
#include "eval/Classify.h"
#include "eval/Evaluator.h"
#include "eval/KShot.h"
#include "eval/Projection.h"
#include "export/Plot.h"
#include "export/Report.h"
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

/// --per-trial FILE: one CSV row per trial (trial, run, answer, pick, correct), for paired
/// comparisons of two models or settings on the same trials.
void writePerTrial(const QCommandLineParser &p, const eval::OneShotResult &r)
{
    const QString file = p.value(QStringLiteral("per-trial"));
    if (file.isEmpty())
        return;
    QByteArray csv("trial,run,answer,pick,correct\n");
    for (int t = 0; t < r.trials; ++t) {
        const int run = t < static_cast<int>(r.runOfTrial.size()) ? r.runOfTrial[t] : 0;
        csv += QByteArray::number(t) + ',' + QByteArray::number(run) + ',' + QByteArray::number(r.answers[t]) + ','
            + QByteArray::number(r.picks[t]) + ',' + (r.picks[t] == r.answers[t] ? "1" : "0") + '\n';
    }
    writeFileAtomically(file, csv);
}

/// The --k-shot-mode option that classify and evaluate share.
void addKShotMode(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("k-shot-mode"),
                 QObject::tr("How a character with several images is scored: mean-score (the mean of the "
                             "scores against its images) or mean-embedding (the score against its images' mean "
                             "embedding)."),
                 QStringLiteral("MODE"), QStringLiteral("mean-embedding")});
}

/// The --views option of evaluate: test-time views per image.
void addViews(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("views"),
         QObject::tr(
             "Test-time views: each image is embedded as the mean over itself and V - 1 fixed affine "
             "distortions of it (1: the image alone). Default: the model's test_views setting (1 for --ways-curve)."),
         QStringLiteral("V")});
}

/// --views, or the model's own test_views setting where it is not given.
int viewsFrom(const QCommandLineParser &p, const train::TrainConfig &config)
{
    if (!p.isSet(QStringLiteral("views")))
        return config.testViews;
    bool ok = false;
    const int v = p.value(QStringLiteral("views")).toInt(&ok);
    if (!ok || v < 1 || v > eval::kMaxTestViews)
        throw Error(QObject::tr("--views must be a whole number from 1 to %1, got '%2'")
                        .arg(eval::kMaxTestViews)
                        .arg(p.value(QStringLiteral("views"))));
    return v;
}

/// --split: evaluation (all 20 evaluation alphabets) or validation (the lake protocol's held-out
/// background alphabets), with the Omniglot set it needs.
std::pair<data::SplitPart, data::Omniglot::Sets> splitFrom(const QString &split)
{
    if (split == QLatin1String("evaluation"))
        return {data::evaluationPart(), data::Omniglot::Evaluation};
    if (split == QLatin1String("validation"))
        return {data::Protocol::byName(QStringLiteral("lake")).validation, data::Omniglot::Background};
    throw Error(QObject::tr("--split must be evaluation or validation, got '%1'").arg(split));
}

/// Accuracy against N (5 to 50) for K = 1 and 5, written as CSV, PNG and SVG.
int evaluateWaysCurve(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("ways")) || p.isSet(QStringLiteral("shots")))
        throw Error(QObject::tr("--ways-curve measures N from 5 to 50 and K = 1 and 5: leave out --ways and --shots"));
    if (p.isSet(QStringLiteral("per-trial")))
        throw Error(QObject::tr("--per-trial writes the trials of one evaluation; --ways-curve runs many: give one or "
                                "the other"));
    if (p.isSet(QStringLiteral("within-alphabet")) && p.isSet(QStringLiteral("across-alphabets")))
        throw Error(QObject::tr("Give --within-alphabet or --across-alphabets, not both"));
    eval::WaysCurveOptions options;
    bool ok = false;
    options.trials
        = p.isSet(QStringLiteral("trials")) ? p.value(QStringLiteral("trials")).toInt(&ok) : (ok = true, 200);
    if (!ok || options.trials < 1 || options.trials > 100000)
        throw Error(QObject::tr("--trials must be a whole number from 1 to 100000, got '%1'")
                        .arg(p.value(QStringLiteral("trials"))));
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw Error(QObject::tr("--seed must be a whole number, got '%1'").arg(p.value(QStringLiteral("seed"))));
    options.withinAlphabet = p.isSet(QStringLiteral("within-alphabet"));
    options.mode = eval::kShotModeFromName(p.value(QStringLiteral("k-shot-mode")));
    const auto [part, sets] = splitFrom(p.value(QStringLiteral("split")));
    QString base = p.value(QStringLiteral("out"));
    if (base.isEmpty())
        base = p.isSet(QStringLiteral("run"))
            ? QDir(p.value(QStringLiteral("run"))).filePath(QStringLiteral("ways_curve"))
            : QStringLiteral("ways_curve");
    if (base.endsWith(QLatin1String(".csv")))
        base.chop(4);
    torch::set_num_threads(computeThreads(p.value(QStringLiteral("threads")).toInt()));
    train::CheckpointState state;
    model::SiameseNet net = modelFrom(p, &state);
    // A sweep of 12 points scores each image alone unless told otherwise: views multiply its cost.
    options.views = p.isSet(QStringLiteral("views")) ? viewsFrom(p, state.config) : 1;
    const data::Omniglot omniglot = data::Omniglot::load(resolveDataFolder(p.value(QStringLiteral("data"))), sets);
    const data::Subset subset = data::selectSubset(omniglot, part);
    QTextStream err(stderr);
    const std::vector<eval::WaysPoint> points
        = eval::waysCurve(net, omniglot, subset, options, net->head()->weight.device(), [&err](int done, int total) {
              err << '\r' << QObject::tr("%1 of %2 points").arg(done).arg(total) << Qt::flush;
              return true;
          });
    err << '\n' << Qt::flush;
    writeFileAtomically(base + QLatin1String(".csv"), eval::waysCurveCsv(points).toUtf8());
    exporting::writePlot(exporting::waysCurvePlot(points,
                                                  options.withinAlphabet ? QObject::tr("within alphabets")
                                                                         : QObject::tr("across alphabets")),
                         base);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const eval::WaysPoint &pt : points)
            rows.append(QJsonObject{{QStringLiteral("ways"), pt.ways},
                                    {QStringLiteral("shots"), pt.shots},
                                    {QStringLiteral("correct"), pt.correct},
                                    {QStringLiteral("trials"), pt.trials},
                                    {QStringLiteral("accuracy"), pt.accuracy()}});
        QTextStream(stdout) << QJsonDocument(
                                   QJsonObject{{QStringLiteral("points"), rows},
                                               {QStringLiteral("views"), options.views},
                                               {QStringLiteral("csv"), QString(base + QLatin1String(".csv"))}})
                                   .toJson(QJsonDocument::Compact)
                            << '\n';
    } else {
        QTextStream out(stdout);
        for (const eval::WaysPoint &pt : points)
            out << QObject::tr("%1-way %2-shot: %3 % (%4 of %5)\n")
                       .arg(pt.ways)
                       .arg(pt.shots)
                       .arg(100 * pt.accuracy(), 0, 'f', 1)
                       .arg(pt.correct)
                       .arg(pt.trials);
        out << QObject::tr("Wrote %1.csv, .png and .svg\n").arg(base);
    }
    return 0;
}

/// N-way K-shot tasks sampled from Omniglot's evaluation alphabets (or the validation ones).
int evaluateSampled(const QCommandLineParser &p)
{
    bool ok = false;
    data::TaskSamplingOptions options;
    auto number = [&p, &ok](const char *name, int lo, int hi) {
        const int v = p.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || v < lo || v > hi)
            throw Error(QObject::tr("--%1 must be a whole number from %2 to %3, got '%4'")
                            .arg(QString::fromLatin1(name))
                            .arg(lo)
                            .arg(hi)
                            .arg(p.value(QString::fromLatin1(name))));
        return v;
    };
    options.ways = number("ways", 2, 100);
    options.shots = number("shots", 1, 19);
    options.trials = number("trials", 1, 1000000);
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw Error(QObject::tr("--seed must be a whole number, got '%1'").arg(p.value(QStringLiteral("seed"))));
    if (p.isSet(QStringLiteral("within-alphabet")) && p.isSet(QStringLiteral("across-alphabets")))
        throw Error(QObject::tr("Give --within-alphabet or --across-alphabets, not both"));
    options.withinAlphabet = !p.isSet(QStringLiteral("across-alphabets"));
    const eval::KShotMode mode = eval::kShotModeFromName(p.value(QStringLiteral("k-shot-mode")));
    const QString split = p.value(QStringLiteral("split"));
    const auto [part, sets] = splitFrom(split);
    torch::set_num_threads(computeThreads(p.value(QStringLiteral("threads")).toInt()));
    train::CheckpointState state;
    QString file;
    model::SiameseNet net = modelFrom(p, &state, &file);
    const int views = viewsFrom(p, state.config);
    const data::Omniglot omniglot = data::Omniglot::load(resolveDataFolder(p.value(QStringLiteral("data"))), sets);
    const data::OneShotTaskSet tasks = data::sampleTasks(omniglot, data::selectSubset(omniglot, part), options);
    for (const QString &note : tasks.notes)
        QTextStream(stderr) << note << '\n' << Qt::flush;
    QElapsedTimer timer;
    timer.start();
    const eval::OneShotResult r = eval::evaluateKShot(net, tasks, net->head()->weight.device(), mode, views);
    writePerTrial(p, r);
    printOneShot(r, p.isSet(QStringLiteral("json")),
                 {{QStringLiteral("checkpoint"), file},
                  {QStringLiteral("model"), state.config.model.name},
                  {QStringLiteral("views"), views},
                  {QStringLiteral("split"), split},
                  {QStringLiteral("ways"), options.ways},
                  {QStringLiteral("shots"), options.shots},
                  {QStringLiteral("within_alphabet"), options.withinAlphabet},
                  {QStringLiteral("seed"), QString::number(options.seed)},
                  {QStringLiteral("k_shot_mode"), eval::kShotModeName(mode)}},
                 timer.nsecsElapsed() / 1e9);
    return 0;
}

} // namespace

int runEvaluate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QObject::tr("Scores a trained model on one-shot run sets in Lake's format, or, with --ways, --shots or "
                    "--trials, on N-way K-shot tasks sampled from Omniglot's evaluation alphabets (ties count as "
                    "wrong)."));
    addModelSource(p);
    p.addOption({QStringLiteral("ways"), QObject::tr("Sampled tasks: candidates per trial."), QStringLiteral("N"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("shots"), QObject::tr("Sampled tasks: images per candidate character."),
                 QStringLiteral("K"), QStringLiteral("1")});
    p.addOption({QStringLiteral("trials"), QObject::tr("Sampled tasks: how many."), QStringLiteral("T"),
                 QStringLiteral("400")});
    p.addOption({QStringLiteral("within-alphabet"),
                 QObject::tr("Sampled tasks: distractors from the query's alphabet (the default, as Lake's runs).")});
    p.addOption({QStringLiteral("across-alphabets"), QObject::tr("Sampled tasks: distractors from any alphabet.")});
    p.addOption({QStringLiteral("split"),
                 QObject::tr("Sampled tasks: evaluation (the 20 evaluation alphabets) or validation (the background "
                             "alphabets the lake protocol holds out, for choosing settings)."),
                 QStringLiteral("SPLIT"), QStringLiteral("evaluation")});
    p.addOption({QStringLiteral("seed"), QObject::tr("Sampled tasks: the seed that draws them."), QStringLiteral("S"),
                 QStringLiteral("1")});
    addKShotMode(p);
    p.addOption({QStringLiteral("runs"),
                 QObject::tr("Run set zip or folder (default: all_runs.zip of the data folder)."),
                 QStringLiteral("ZIP_OR_DIR")});
    p.addOption(
        {QStringLiteral("data"), QObject::tr("Omniglot data folder, to find all_runs.zip."), QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("threads"), QObject::tr("CPU threads (0: all)."), QStringLiteral("T"), QStringLiteral("0")});
    p.addOption({QStringLiteral("ways-curve"),
                 QObject::tr("Accuracy against N = 5 to 50 for K = 1 and 5 (200 trials a point unless --trials, "
                             "across alphabets unless --within-alphabet): CSV, PNG and SVG at --out, or ways_curve.* "
                             "in the run folder.")});
    p.addOption({QStringLiteral("out"), QObject::tr("--ways-curve: the files' path without extension."),
                 QStringLiteral("BASE")});
    addViews(p);
    p.addOption({QStringLiteral("per-trial"),
                 QObject::tr("Write one CSV row per trial (trial, run, answer, pick, correct) to FILE, to compare two "
                             "models or settings trial by trial."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("json"), QObject::tr("Print one JSON object.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (p.isSet(QStringLiteral("ways-curve"))) {
        if (p.isSet(QStringLiteral("runs")))
            throw Error(QObject::tr("--runs scores run sets; --ways-curve samples tasks: give one or the other"));
        return evaluateWaysCurve(p);
    }
    for (const char *sampled : {"ways", "shots", "trials", "within-alphabet", "across-alphabets", "split", "seed"})
        if (p.isSet(QString::fromLatin1(sampled))) {
            if (p.isSet(QStringLiteral("runs")))
                throw Error(QObject::tr("--runs scores run sets; --%1 samples tasks: give one or the other")
                                .arg(QString::fromLatin1(sampled)));
            return evaluateSampled(p);
        }
    torch::set_num_threads(computeThreads(p.value(QStringLiteral("threads")).toInt()));
    train::CheckpointState state;
    QString file;
    model::SiameseNet net = modelFrom(p, &state, &file);
    const int views = viewsFrom(p, state.config);
    const data::OneShotTaskSet tasks = data::loadRunSet(runsPathFrom(p));
    QElapsedTimer timer;
    timer.start();
    const eval::OneShotResult r = eval::evaluateOneShot(net, tasks, net->head()->weight.device(), views);
    writePerTrial(p, r);
    printOneShot(r, p.isSet(QStringLiteral("json")),
                 {{QStringLiteral("checkpoint"), file},
                  {QStringLiteral("views"), views},
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

namespace {

void printClassification(const eval::Classification &c, const QString &outFolder)
{
    QTextStream out(stdout);
    for (int q = 0; q < c.queryNames.size(); ++q) {
        const std::vector<int> order = c.ranking(q);
        const auto &scores = c.scores[static_cast<std::size_t>(q)];
        const int truth = c.truths[static_cast<std::size_t>(q)];
        out << QObject::tr("%1: %2").arg(c.queryNames[q], c.characters[order.front()]);
        if (truth >= 0)
            out << (truth == order.front() ? QObject::tr(" (right)")
                                           : QObject::tr(" (wrong: %1)").arg(c.characters[truth]));
        out << '\n';
        if (c.queryNames.size() == 1)
            for (int r = 0; r < static_cast<int>(order.size()); ++r)
                out << QStringLiteral("  %1. %2  %3\n")
                           .arg(r + 1, 2)
                           .arg(c.characters[order[r]], -24)
                           .arg(scores[static_cast<std::size_t>(order[r])], 8, 'f', 3);
    }
    if (c.labelled > 0) {
        out << QObject::tr("accuracy %1 (%2 of %3 labelled queries)\n")
                   .arg(percent(c.accuracy()))
                   .arg(c.correct)
                   .arg(c.labelled);
        out << QObject::tr("confusion matrix: %1\n")
                   .arg(QDir(outFolder).filePath(QStringLiteral("confusion.csv, confusion.png, confusion.svg")));
    }
    out.flush();
}

QJsonObject classificationJson(const eval::Classification &c)
{
    QJsonArray queries;
    for (int q = 0; q < c.queryNames.size(); ++q) {
        QJsonArray ranking;
        for (int i : c.ranking(q))
            ranking.append(QJsonObject{
                {QStringLiteral("character"), c.characters[i]},
                {QStringLiteral("score"), c.scores[static_cast<std::size_t>(q)][static_cast<std::size_t>(i)]}});
        const int truth = c.truths[static_cast<std::size_t>(q)];
        queries.append(
            QJsonObject{{QStringLiteral("image"), c.queryNames[q]},
                        {QStringLiteral("prediction"), c.characters[c.predictions[static_cast<std::size_t>(q)]]},
                        {QStringLiteral("truth"), truth >= 0 ? QJsonValue(c.characters[truth]) : QJsonValue()},
                        {QStringLiteral("ranking"), ranking}});
    }
    QJsonArray confusion;
    for (const auto &row : c.confusion) {
        QJsonArray r;
        for (int v : row)
            r.append(v);
        confusion.append(r);
    }
    return {{QStringLiteral("characters"), QJsonArray::fromStringList(c.characters)},
            {QStringLiteral("queries"), queries},
            {QStringLiteral("labelled"), c.labelled},
            {QStringLiteral("correct"), c.correct},
            {QStringLiteral("accuracy"), c.labelled ? QJsonValue(c.accuracy()) : QJsonValue()},
            {QStringLiteral("confusion"), confusion}};
}

} // namespace

int runClassify(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QObject::tr("Ranks the characters of your own support set for a query image, or scores a folder of "
                    "queries. A support set is a folder or zip with one subfolder per character holding 1 to k "
                    "images of it (any format and size); labelled queries use the same layout."));
    addModelSource(p);
    p.addOption(
        {QStringLiteral("support"), QObject::tr("The support set: a folder or zip."), QStringLiteral("DIR_OR_ZIP")});
    p.addOption({QStringLiteral("query"), QObject::tr("One query image."), QStringLiteral("IMAGE")});
    p.addOption({QStringLiteral("queries"),
                 QObject::tr("A folder or zip of queries: in character subfolders (labelled) or not."),
                 QStringLiteral("DIR_OR_ZIP")});
    p.addOption({QStringLiteral("k-shot"), QObject::tr("Use at most K images of each support character."),
                 QStringLiteral("K")});
    addKShotMode(p);
    p.addOption({QStringLiteral("out"),
                 QObject::tr("Where labelled queries' confusion matrix goes (confusion.csv, .png, .svg)."),
                 QStringLiteral("DIR"), QStringLiteral(".")});
    p.addOption({QStringLiteral("json"), QObject::tr("Print one JSON object.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (!p.isSet(QStringLiteral("support")))
        throw Error(QObject::tr("Give --support DIR_OR_ZIP: a folder with one subfolder per character"));
    if (p.isSet(QStringLiteral("query")) == p.isSet(QStringLiteral("queries")))
        throw Error(QObject::tr("Give either --query IMAGE or --queries DIR_OR_ZIP"));
    const eval::KShotMode mode = eval::kShotModeFromName(p.value(QStringLiteral("k-shot-mode")));
    data::CharacterFolder support = data::loadCharacterFolder(p.value(QStringLiteral("support")));
    if (p.isSet(QStringLiteral("k-shot"))) {
        bool ok = false;
        const int k = p.value(QStringLiteral("k-shot")).toInt(&ok);
        if (!ok || k < 1)
            throw Error(QObject::tr("--k-shot must be a whole number of at least 1, got '%1'")
                            .arg(p.value(QStringLiteral("k-shot"))));
        support.keepShots(k);
    }
    data::CharacterFolder queries;
    if (p.isSet(QStringLiteral("query"))) {
        const QString image = p.value(QStringLiteral("query"));
        queries.source = image;
        queries.images.push_back(data::preprocessFile(image));
        queries.labels.push_back(-1);
        queries.imageNames << image;
    } else {
        data::CharacterFolderOptions options;
        options.allowUnlabelled = true;
        options.minCharacters = 0;
        queries = data::loadCharacterFolder(p.value(QStringLiteral("queries")), options);
    }
    model::SiameseNet net = modelFrom(p);
    const eval::Classification c = eval::classify(net, support, queries, net->head()->weight.device(), mode);
    const QString out = p.value(QStringLiteral("out"));
    if (c.labelled > 0) {
        if (!QDir().mkpath(out))
            throw Error(QObject::tr("Cannot create folder %1").arg(out));
        writeFileAtomically(QDir(out).filePath(QStringLiteral("confusion.csv")), c.confusionCsv().toUtf8());
        exporting::writeHeatmap(exporting::confusionHeatmap(c.characters, c.confusion, c.correct, c.labelled),
                                QDir(out).filePath(QStringLiteral("confusion")));
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = classificationJson(c);
        o.insert(QStringLiteral("support"), support.source);
        o.insert(QStringLiteral("k_shot_mode"), eval::kShotModeName(mode));
        o.insert(QStringLiteral("support_images"), static_cast<int>(support.images.size()));
        if (c.labelled > 0)
            o.insert(QStringLiteral("confusion_csv"), QDir(out).filePath(QStringLiteral("confusion.csv")));
        printJson(o);
    } else {
        printClassification(c, out);
    }
    return 0;
}

int runEmbed(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QObject::tr("Writes the embeddings of a set of images projected to the plane (PCA, or t-SNE with --tsne) "
                    "as CSV, one row per image: image, character, alphabet, x, y."));
    addModelSource(p);
    p.addOption(
        {QStringLiteral("alphabet"), QObject::tr("An Omniglot alphabet, all its drawings."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("support"), QObject::tr("Your own characters: a folder or zip, one subfolder each."),
                 QStringLiteral("DIR_OR_ZIP")});
    p.addOption({QStringLiteral("data"), QObject::tr("Omniglot data folder."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("out"), QObject::tr("The CSV file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("tsne"), QObject::tr("Project with t-SNE instead of PCA.")});
    p.addOption(
        {QStringLiteral("perplexity"), QObject::tr("t-SNE's perplexity."), QStringLiteral("P"), QStringLiteral("30")});
    p.addOption({QStringLiteral("seed"), QObject::tr("t-SNE's seed."), QStringLiteral("S"), QStringLiteral("1")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (p.isSet(QStringLiteral("alphabet")) == p.isSet(QStringLiteral("support")))
        throw Error(QObject::tr("Give either --alphabet NAME or --support DIR_OR_ZIP"));
    if (!p.isSet(QStringLiteral("out")))
        throw Error(QObject::tr("Give --out FILE for the points"));
    std::vector<cv::Mat> images;
    QStringList names, characters, alphabets;
    if (p.isSet(QStringLiteral("support"))) {
        const data::CharacterFolder set = data::loadCharacterFolder(p.value(QStringLiteral("support")));
        images = set.images;
        for (std::size_t i = 0; i < set.images.size(); ++i) {
            names << set.imageNames[static_cast<qsizetype>(i)];
            characters << (set.labels[i] >= 0 ? set.characters[set.labels[i]] : QString());
            alphabets << QFileInfo(set.source).fileName();
        }
    } else {
        const data::Omniglot o = data::Omniglot::load(resolveDataFolder(p.value(QStringLiteral("data"))));
        const QString name = p.value(QStringLiteral("alphabet"));
        const int a = o.alphabetIndex(name);
        if (a < 0) {
            QStringList known;
            for (const data::Alphabet &alphabet : o.alphabets())
                known << alphabet.name;
            throw Error(
                QObject::tr("No alphabet '%1' in Omniglot; there are %2").arg(name, known.join(QLatin1String(", "))));
        }
        for (int c : o.alphabets()[a].characters) {
            const data::Character &ch = o.characters()[c];
            for (int i = ch.firstImage; i < ch.firstImage + ch.imageCount; ++i) {
                images.push_back(o.image(i));
                names << o.imagePath(i);
                characters << ch.folder;
                alphabets << name;
            }
        }
    }
    model::SiameseNet net = modelFrom(p);
    const torch::Tensor emb = eval::embedImages(net, images, net->head()->weight.device()).to(torch::kCPU);
    eval::Points2d points;
    if (p.isSet(QStringLiteral("tsne"))) {
        eval::TsneOptions options;
        bool okP = false, okS = false;
        options.perplexity = p.value(QStringLiteral("perplexity")).toDouble(&okP);
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&okS);
        if (!okP || options.perplexity < 2 || options.perplexity > 100)
            throw Error(QObject::tr("--perplexity must be a number from 2 to 100, got '%1'")
                            .arg(p.value(QStringLiteral("perplexity"))));
        if (!okS)
            throw Error(QObject::tr("--seed must be a whole number, got '%1'").arg(p.value(QStringLiteral("seed"))));
        points = eval::projectTsne(emb, options);
    } else {
        points = eval::projectPca(emb);
    }
    QString csv = QStringLiteral("image,character,alphabet,x,y\n");
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto q = static_cast<qsizetype>(i);
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(csvField(names[q]), csvField(characters[q]), csvField(alphabets[q]))
                   .arg(points[i].first, 0, 'g', 7)
                   .arg(points[i].second, 0, 'g', 7);
    }
    writeFileAtomically(p.value(QStringLiteral("out")), csv.toUtf8());
    QTextStream(stderr) << QObject::tr("%1 points (%2) written to %3\n")
                               .arg(points.size())
                               .arg(p.isSet(QStringLiteral("tsne")) ? QStringLiteral("t-SNE") : QStringLiteral("PCA"),
                                    p.value(QStringLiteral("out")))
                        << Qt::flush;
    return 0;
}

/// --width, --scale, --no-labels and --no-colour-bar: how a grid of filters or maps is drawn.
void addFigureOptions(QCommandLineParser &p, const QString &defaultWidth)
{
    p.addOption({QStringLiteral("width"),
                 QObject::tr("The figure's width in pixels, about (each value a crisp square)."), QStringLiteral("PX"),
                 defaultWidth});
    p.addOption({QStringLiteral("scale"), QObject::tr("Pixels per value instead of --width."), QStringLiteral("N")});
    p.addOption({QStringLiteral("no-labels"), QObject::tr("No number under each filter or map.")});
    p.addOption({QStringLiteral("no-colour-bar"), QObject::tr("No colour bar for the value range.")});
}

/// The figure options the command line asks for.
exporting::FigureOptions figureOptionsFrom(const QCommandLineParser &p)
{
    exporting::FigureOptions o;
    bool ok = false;
    o.width = p.value(QStringLiteral("width")).toInt(&ok);
    if (!ok || o.width < 64 || o.width > 16384)
        throw Error(QObject::tr("--width must be a whole number of pixels from 64 to 16384, got '%1'")
                        .arg(p.value(QStringLiteral("width"))));
    if (p.isSet(QStringLiteral("scale"))) {
        const int scale = p.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok || scale < 1 || scale > 256)
            throw Error(QObject::tr("--scale must be a whole number from 1 to 256, got '%1'")
                            .arg(p.value(QStringLiteral("scale"))));
        o.cellScale = scale;
    }
    o.labels = !p.isSet(QStringLiteral("no-labels"));
    o.colourBar = !p.isSet(QStringLiteral("no-colour-bar"));
    return o;
}

/// FILE.png or FILE.svg or FILE: the path without its extension.
QString figureBase(const QString &out)
{
    QString base = out;
    for (const char *ext : {".png", ".svg"})
        if (base.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            base.chop(4);
    return base;
}

int runExportFilters(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QObject::tr("Writes the first-layer filters as one grid figure, PNG and SVG, about 1024 px wide, each "
                    "filter numbered, with a colour bar."));
    addModelSource(p);
    p.addOption({QStringLiteral("out"), QObject::tr("The file to write (FILE.png; FILE.svg beside it)."),
                 QStringLiteral("FILE")});
    addFigureOptions(p, QStringLiteral("1024"));
    p.addOption({QStringLiteral("global"),
                 QObject::tr("One range for all filters (zero is mid grey) instead of one per filter.")});
    int code = 0;
    if (!parseOrExit(p, args, code))
        return code;
    if (!p.isSet(QStringLiteral("out")))
        throw Error(QObject::tr("Give --out FILE.png"));
    model::SiameseNet net = modelFrom(p);
    const model::FilterSnapshot filters = model::filtersOf(net);
    exporting::FigureOptions o = figureOptionsFrom(p);
    o.perCellNorm = !p.isSet(QStringLiteral("global"));
    o.title = QObject::tr("First-layer filters: %1 of %2x%2").arg(filters.out).arg(filters.kernel);
    const QString base = figureBase(p.value(QStringLiteral("out")));
    exporting::writeGridFigure(exporting::filterFigure(filters, o), base);
    QTextStream(stdout) << base << ".png\n" << base << ".svg\n";
    return 0;
}

int runActivations(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr(
        "Writes the activation maps of every conv layer for one image: one figure per layer, PNG and SVG."));
    addModelSource(p);
    p.addPositionalArgument(QStringLiteral("IMAGE"), QObject::tr("Any image; preprocessed like a dropped one."));
    p.addOption(
        {QStringLiteral("out"), QObject::tr("Folder to write conv1.png, conv1.svg, ..."), QStringLiteral("DIR")});
    addFigureOptions(p, QStringLiteral("1024"));
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
        exporting::FigureOptions o = figureOptionsFrom(p);
        o.columns = std::min(16, m.channels);
        o.title = QObject::tr("%1: %2 maps of %3x%4 after ReLU").arg(m.name).arg(m.channels).arg(m.width).arg(m.height);
        const QString base = QDir(dir).filePath(m.name);
        exporting::writeGridFigure(exporting::gridFigure(m.values.data(), m.channels, m.height, m.width, o), base);
        QTextStream(stdout) << base << ".png\n" << base << ".svg\n";
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
