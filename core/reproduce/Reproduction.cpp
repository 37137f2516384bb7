#include "reproduce/Reproduction.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "common/AtomicFile.h"
#include "common/Error.h"
#include "data/Mnist.h"
#include "data/OneShotTasks.h"
#include "eval/Baselines.h"
#include "eval/Evaluator.h"
#include "model/Device.h"
#include "reproduce/ExperimentTable.h"
#include "train/Checkpoint.h"
#include "train/RunFolder.h"

namespace oneshot::reproduce {

namespace {

/// MNIST trials are drawn with one seed, so the network and the baseline see the same 400.
constexpr std::uint64_t kMnistSeed = 1;
constexpr int kMnistTrials = 400;

QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString measureName(Measure m)
{
    switch (m) {
    case Measure::TestVerification:
        return QStringLiteral("test_verification");
    case Measure::TestVerificationAtHalf:
        return QStringLiteral("test_verification_05");
    case Measure::LakeOneShot:
        return QStringLiteral("lake_one_shot");
    case Measure::MnistOneShot:
        return QStringLiteral("mnist_one_shot");
    case Measure::LakePixels:
        return QStringLiteral("lake_pixels");
    case Measure::LakeHausdorff:
        return QStringLiteral("lake_hausdorff");
    case Measure::MnistPixels:
        return QStringLiteral("mnist_pixels");
    case Measure::Cited:
        return QStringLiteral("cited");
    }
    return {};
}

QJsonObject rowOf(const Cell &cell)
{
    QJsonObject row{{QStringLiteral("id"), cell.id},
                    {QStringLiteral("label"), cell.label},
                    {QStringLiteral("coordinates"), cell.coordinates},
                    {QStringLiteral("measure"), measureName(cell.measure)},
                    {QStringLiteral("kind"),
                     cell.measure == Measure::Cited ? QStringLiteral("cited")
                         : cell.trains()            ? QStringLiteral("ours")
                                                    : QStringLiteral("baseline")},
                    {QStringLiteral("ours"), QJsonValue()},
                    {QStringLiteral("paper"), cell.paper.isUndefined() ? QJsonValue() : cell.paper},
                    {QStringLiteral("seed"), cell.seed.isUndefined() ? QJsonValue() : cell.seed},
                    {QStringLiteral("run"), QJsonValue()}};
    if (!cell.citation.isEmpty())
        row.insert(QStringLiteral("citation"), cell.citation);
    return row;
}

} // namespace

Reproduction::Reproduction(Experiment experiment, QString outDir, QString dataFolder, QString mnistFolder)
    : m_experiment(std::move(experiment))
    , m_outDir(std::move(outDir))
    , m_dataFolder(std::move(dataFolder))
    , m_mnistFolder(std::move(mnistFolder))
{
}

void Reproduction::requestStop()
{
    m_control->stop = true;
}

void Reproduction::checkFolder()
{
    const QString path = QDir(m_outDir).filePath(QStringLiteral("experiment.json"));
    const QJsonObject mine = m_experiment.describe();
    if (QFileInfo::exists(path)) {
        const QJsonObject there = readJsonFile(path);
        if (there != mine)
            throw Error(QObject::tr("%1 holds the %2 experiment at scale %3 (%4 minutes per run): give another "
                                    "folder, or the same experiment, scale and budget to resume it")
                            .arg(m_outDir, there.value(QStringLiteral("experiment")).toString(),
                                 there.value(QStringLiteral("scale")).toString())
                            .arg(there.value(QStringLiteral("minutes_per_run")).toDouble()));
        return;
    }
    if (!QDir().mkpath(m_outDir))
        throw Error(QObject::tr("Cannot create %1").arg(m_outDir));
    writeJsonAtomically(path, mine);
}

QJsonObject Reproduction::run(ReproductionObserver *observer)
{
    ReproductionObserver quiet;
    ReproductionObserver &obs = observer ? *observer : quiet;
    checkFolder();
    QJsonArray rows;
    const int count = static_cast<int>(m_experiment.cells.size());
    for (int i = 0; i < count; ++i) {
        if (m_control->stop)
            break;
        const Cell &cell = m_experiment.cells[i];
        QJsonObject row = runCell(cell, obs);
        if (row.isEmpty())
            break; // stopped inside the cell: it resumes next time
        rows.append(row);
        obs.onRow(i, row);
        writeTable(m_experiment, rows, m_outDir);
    }
    const QJsonObject table = writeTable(m_experiment, rows, m_outDir);
    if (rows.size() == count)
        writeFigures(table, m_outDir);
    return table;
}

QJsonObject Reproduction::runCell(const Cell &cell, ReproductionObserver &obs)
{
    const int index = static_cast<int>(&cell - m_experiment.cells.data());
    const int count = static_cast<int>(m_experiment.cells.size());
    QJsonObject row = rowOf(cell);
    switch (cell.measure) {
    case Measure::Cited:
        row.insert(QStringLiteral("ours"), QJsonValue());
        return row;
    case Measure::LakePixels:
    case Measure::LakeHausdorff: {
        obs.onCell(index, count, cell, QObject::tr("computing"));
        const data::OneShotTaskSet runs = data::loadRunSet(QDir(m_dataFolder).filePath(QStringLiteral("all_runs.zip")));
        const eval::OneShotResult r
            = cell.measure == Measure::LakePixels ? eval::pixelNearestNeighbour(runs) : eval::modifiedHausdorff(runs);
        row.insert(QStringLiteral("ours"), r.accuracy());
        row.insert(QStringLiteral("trials"), r.trials);
        return row;
    }
    case Measure::MnistPixels: {
        obs.onCell(index, count, cell, QObject::tr("computing"));
        const data::MnistSet mnist = data::loadMnistFolder(m_mnistFolder);
        const eval::OneShotResult r
            = eval::pixelNearestNeighbour(data::sampleMnistTasks(mnist, kMnistTrials, 10, kMnistSeed));
        row.insert(QStringLiteral("ours"), r.accuracy());
        row.insert(QStringLiteral("trials"), r.trials);
        return row;
    }
    default:
        break;
    }
    const QJsonObject result = train(cell, obs);
    if (result.isEmpty())
        return {};
    const QJsonObject test = result.value(QStringLiteral("test")).toObject();
    row.insert(QStringLiteral("run"), cell.id);
    // Epochs as trained, fractions included: a cell whose budget ends inside its first epoch of
    // 1.35M pairs has seen part of it, not none.
    const train::TrainConfig config
        = train::TrainConfig::fromFile(train::RunFolder(QDir(m_outDir).filePath(cell.id)).configPath());
    const double views = static_cast<double>(config.pairsPerEpoch) * (config.augment + 1);
    row.insert(QStringLiteral("epochs"),
               std::round(100.0 * result.value(QStringLiteral("steps")).toDouble() * config.batchSize / views) / 100.0);
    row.insert(QStringLiteral("steps"), result.value(QStringLiteral("steps")));
    row.insert(QStringLiteral("wall_seconds"), result.value(QStringLiteral("wall_seconds")));
    row.insert(QStringLiteral("stop_reason"), result.value(QStringLiteral("stop_reason")));
    row.insert(QStringLiteral("best_epoch"),
               result.value(QStringLiteral("best")).toObject().value(QStringLiteral("epoch")));
    if (result.value(QStringLiteral("failed")).toBool())
        row.insert(QStringLiteral("message"), result.value(QStringLiteral("message")));
    if (cell.measure == Measure::TestVerification) {
        row.insert(QStringLiteral("ours"), test.value(QStringLiteral("verification_acc_val_threshold")));
        row.insert(QStringLiteral("ours_05"), test.value(QStringLiteral("verification_acc_05")));
    } else if (cell.measure == Measure::TestVerificationAtHalf) {
        row.insert(QStringLiteral("ours"), test.value(QStringLiteral("verification_acc_05")));
        row.insert(QStringLiteral("ours_tuned"), test.value(QStringLiteral("verification_acc_val_threshold")));
    } else if (cell.measure == Measure::LakeOneShot) {
        row.insert(QStringLiteral("ours"), test.value(QStringLiteral("accuracy")));
        row.insert(QStringLiteral("trials"), test.value(QStringLiteral("trials")));
    } else if (cell.measure == Measure::MnistOneShot) {
        const QString file = QDir(m_outDir).filePath(cell.id + QLatin1String("/mnist.json"));
        QJsonObject mnist = readJsonFile(file);
        if (mnist.isEmpty()) {
            obs.onCell(index, count, cell, QObject::tr("testing on MNIST"));
            model::SiameseNet net = train::loadModel(train::runCheckpoint(QDir(m_outDir).filePath(cell.id)));
            const data::OneShotTaskSet tasks
                = data::sampleMnistTasks(data::loadMnistFolder(m_mnistFolder), kMnistTrials, 10, kMnistSeed);
            mnist = eval::evaluateOneShot(net, tasks, torch::Device(torch::kCPU)).toJson();
            mnist.insert(QStringLiteral("source"), tasks.source);
            writeJsonAtomically(file, mnist);
        }
        row.insert(QStringLiteral("ours"), mnist.value(QStringLiteral("accuracy")));
        row.insert(QStringLiteral("trials"), mnist.value(QStringLiteral("trials")));
    }
    return row;
}

QJsonObject Reproduction::train(const Cell &cell, ReproductionObserver &obs)
{
    const int index = static_cast<int>(&cell - m_experiment.cells.data());
    const int count = static_cast<int>(m_experiment.cells.size());
    const QString dir = QDir(m_outDir).filePath(cell.id);
    const train::RunFolder folder(dir);
    const QJsonObject done = readJsonFile(folder.resultPath());
    if (!done.isEmpty() && done.value(QStringLiteral("stop_reason")).toString() != QLatin1String("stopped"))
        return done;
    if (!m_data) {
        obs.onMessage(QObject::tr("Loading Omniglot from %1").arg(m_dataFolder));
        m_data = std::make_shared<data::Omniglot>(data::Omniglot::load(m_dataFolder, data::Omniglot::Both, 0));
    }
    std::unique_ptr<train::Trainer> trainer;
    if (QFileInfo::exists(folder.lastCheckpoint())) {
        obs.onCell(index, count, cell, QObject::tr("resuming"));
        trainer = train::Trainer::resume(dir, m_data);
    } else {
        // A cell stopped before its first checkpoint has nothing to keep but its config.
        if (QFileInfo::exists(folder.configPath()) && !QDir(dir).removeRecursively())
            throw Error(QObject::tr("Cannot clear %1 to start the cell again").arg(dir));
        train::TrainConfig config;
        config.apply(cell.assignments);
        config.dataFolder = m_dataFolder;
        config.runsPath = QDir(m_dataFolder).filePath(QStringLiteral("all_runs.zip"));
        obs.onCell(index, count, cell, QObject::tr("training"));
        trainer = std::make_unique<train::Trainer>(config, dir, m_data);
    }
    trainer->setControl(m_control);
    const train::TrainResult result = trainer->run(&obs);
    if (result.stopReason == QLatin1String("stopped"))
        return {};
    return result.toJson();
}

QJsonObject readTable(const QString &outDir)
{
    return readJsonFile(QDir(outDir).filePath(QStringLiteral("table.json")));
}

} // namespace oneshot::reproduce
