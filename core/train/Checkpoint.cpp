#include "train/Checkpoint.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "common/Error.h"
#include "data/ZipArchive.h"

namespace oneshot::train {

namespace {

const char *const kFormatKey = "oneshot_format";
const char *const kFormat = "oneshot-studio/checkpoint/1";
const char *const kStateKey = "oneshot_state";

torch::serialize::InputArchive openArchive(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(QObject::tr("Checkpoint not found: %1").arg(path));
    // A checkpoint is a zip. libzip checks its structure and every entry's CRC first, so that
    // a corrupt file is refused with the entry at fault and never reaches LibTorch's reader,
    // which leaks memory when it refuses an entry with a bad CRC (LibTorch 1.13, found by
    // tests/fuzz/fuzz_checkpoint).
    try {
        data::ZipArchive(path).verify();
    } catch (const Error &e) {
        throw Error(QObject::tr("%1 is not a readable checkpoint (truncated, corrupt or another format): %2")
                        .arg(path, e.message()));
    }
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(QFile::encodeName(path).toStdString());
    } catch (const std::exception &) {
        throw Error(QObject::tr("%1 is not a readable checkpoint (truncated, corrupt or another format)").arg(path));
    }
    c10::IValue format;
    if (!archive.try_read(kFormatKey, format) || !format.isString() || format.toStringRef() != kFormat)
        throw Error(QObject::tr("%1 is not a Oneshot Studio checkpoint (a foreign or older file)").arg(path));
    return archive;
}

} // namespace

QJsonObject CheckpointState::toJson() const
{
    QJsonArray termSums;
    for (double v : windowTermSums)
        termSums.append(v);
    return {{QStringLiteral("config"), config.toJson()},
            {QStringLiteral("epoch"), epoch},
            {QStringLiteral("batch_in_epoch"), batchInEpoch},
            {QStringLiteral("step"), static_cast<double>(step)},
            {QStringLiteral("wall_seconds"), wallSeconds},
            {QStringLiteral("sampler"),
             QJsonObject{{QStringLiteral("seed"), QString::number(sampler.seed)},
                         {QStringLiteral("epoch"), sampler.epoch},
                         {QStringLiteral("position"), sampler.position}}},
            {QStringLiteral("schedule"), schedule},
            {QStringLiteral("best_metric"), bestMetric},
            {QStringLiteral("has_best"), hasBest},
            {QStringLiteral("bad_epochs"), badEpochs},
            {QStringLiteral("window_loss_sum"), windowLossSum},
            {QStringLiteral("window_steps"), windowSteps},
            {QStringLiteral("window_term_sums"), termSums},
            {QStringLiteral("epoch_loss_sum"), epochLossSum},
            {QStringLiteral("epoch_steps"), epochSteps},
            {QStringLiteral("best_figures"), bestFigures},
            {QStringLiteral("loss_scale"), lossScale}};
}

CheckpointState CheckpointState::fromJson(const QJsonObject &o)
{
    CheckpointState s;
    s.config = TrainConfig::fromJson(o.value(QStringLiteral("config")).toObject());
    s.epoch = o.value(QStringLiteral("epoch")).toInt();
    s.batchInEpoch = o.value(QStringLiteral("batch_in_epoch")).toInt();
    s.step = static_cast<long long>(o.value(QStringLiteral("step")).toDouble());
    s.wallSeconds = o.value(QStringLiteral("wall_seconds")).toDouble();
    const QJsonObject sm = o.value(QStringLiteral("sampler")).toObject();
    s.sampler.seed = sm.value(QStringLiteral("seed")).toString().toULongLong();
    s.sampler.epoch = sm.value(QStringLiteral("epoch")).toInt();
    s.sampler.position = sm.value(QStringLiteral("position")).toInt();
    s.schedule = o.value(QStringLiteral("schedule")).toObject();
    s.bestMetric = o.value(QStringLiteral("best_metric")).toDouble();
    s.hasBest = o.value(QStringLiteral("has_best")).toBool();
    s.badEpochs = o.value(QStringLiteral("bad_epochs")).toInt();
    s.windowLossSum = o.value(QStringLiteral("window_loss_sum")).toDouble();
    s.windowSteps = o.value(QStringLiteral("window_steps")).toInt();
    for (const QJsonValue v : o.value(QStringLiteral("window_term_sums")).toArray())
        s.windowTermSums.push_back(v.toDouble());
    s.epochLossSum = o.value(QStringLiteral("epoch_loss_sum")).toDouble();
    s.epochSteps = o.value(QStringLiteral("epoch_steps")).toInt();
    s.bestFigures = o.value(QStringLiteral("best_figures")).toObject();
    s.lossScale = o.value(QStringLiteral("loss_scale")).toObject();
    return s;
}

void saveCheckpoint(const QString &path, model::SiameseNet &net, torch::optim::Optimizer *optimizer,
                    const CheckpointState &state)
{
    // Serialised into memory first: LibTorch's file writer terminates the process when a write
    // fails (a full disk), where our own writing below reports it.
    std::string bytes;
    try {
        torch::serialize::OutputArchive archive;
        archive.write(kFormatKey, c10::IValue(std::string(kFormat)));
        const QByteArray json = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
        archive.write(kStateKey, c10::IValue(json.toStdString()));
        torch::serialize::OutputArchive modelArchive;
        net->save(modelArchive);
        archive.write("model", modelArchive);
        if (optimizer) {
            torch::serialize::OutputArchive optArchive;
            optimizer->save(optArchive);
            archive.write("optimizer", optArchive);
        }
        archive.save_to([&bytes](const void *data, std::size_t size) {
            bytes.append(static_cast<const char *>(data), size);
            return size;
        });
    } catch (const std::exception &e) {
        throw Error(QObject::tr("Cannot write checkpoint %1: %2")
                        .arg(path, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString tmp = path + QLatin1String(".tmp");
    QFile out(tmp);
    const auto fail = [&](const QString &why) {
        out.close();
        QFile::remove(tmp);
        throw Error(QObject::tr("Cannot write checkpoint %1: %2").arg(path, why));
    };
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(out.errorString());
    // The bytes reach the disk (fsync) before the rename makes them the checkpoint: a crash
    // leaves the old file or the new one, never a torn one.
    if (out.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) || !out.flush()
        || ::fsync(out.handle()) != 0)
        fail(QString::fromLocal8Bit(std::strerror(errno)));
    out.close();
    // rename() over an existing file is atomic on POSIX; QFile::rename refuses to overwrite.
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(tmp);
        throw Error(QObject::tr("Cannot rename %1 to %2").arg(tmp, path));
    }
}

CheckpointState readCheckpointState(const QString &path)
{
    torch::serialize::InputArchive archive = openArchive(path);
    c10::IValue json;
    if (!archive.try_read(kStateKey, json) || !json.isString())
        throw Error(QObject::tr("%1 has no run state").arg(path));
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json.toStringRef()));
    if (!doc.isObject())
        throw Error(QObject::tr("%1 has a corrupt run state").arg(path));
    try {
        return CheckpointState::fromJson(doc.object());
    } catch (const Error &e) {
        throw Error(QObject::tr("%1: %2").arg(path, e.message()));
    }
}

bool loadCheckpointTensors(const QString &path, model::SiameseNet &net, torch::optim::Optimizer *optimizer)
{
    torch::serialize::InputArchive archive = openArchive(path);
    try {
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        net->load(modelArchive);
        torch::serialize::InputArchive optArchive;
        if (optimizer && archive.try_read("optimizer", optArchive))
            optimizer->load(optArchive);
        else if (optimizer)
            return false;
    } catch (const c10::Error &e) {
        throw Error(QObject::tr("%1 does not fit this model (a stale checkpoint?): %2")
                        .arg(path, QString::fromUtf8(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
    }
    return true;
}

model::SiameseNet loadModel(const QString &path, CheckpointState *state)
{
    const CheckpointState s = readCheckpointState(path);
    model::SiameseNet net(s.config.model);
    loadCheckpointTensors(path, net, nullptr);
    net->eval();
    if (state)
        *state = s;
    return net;
}

} // namespace oneshot::train
