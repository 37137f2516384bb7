#include "train/TrainConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QStringList>

#include "common/Error.h"

namespace oneshot::train {

namespace {

double number(const QJsonObject &o, const char *key, double fallback)
{
    const QJsonValue v = o.value(QString::fromLatin1(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble())
        throw Error(QObject::tr("Config: '%1' must be a number").arg(QString::fromLatin1(key)));
    return v.toDouble();
}

int integer(const QJsonObject &o, const char *key, int fallback, int lo, int hi)
{
    const double d = number(o, key, fallback);
    const int i = static_cast<int>(d);
    if (i != d || i < lo || i > hi)
        throw Error(QObject::tr("Config: '%1' must be an integer in [%2, %3], got %4")
                        .arg(QString::fromLatin1(key))
                        .arg(lo)
                        .arg(hi)
                        .arg(d));
    return i;
}

QString oneOf(const QJsonObject &o, const char *key, const QString &fallback, const QStringList &allowed)
{
    const QString v = o.value(QString::fromLatin1(key)).toString(fallback);
    if (!allowed.contains(v))
        throw Error(QObject::tr("Config: '%1' is '%2', expected one of: %3")
                        .arg(QString::fromLatin1(key), v, allowed.join(QLatin1String(", "))));
    return v;
}

} // namespace

QJsonObject OptimizerConfig::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("lr"), lr},
            {QStringLiteral("head_lr"), headLr},
            {QStringLiteral("weight_decay"), weightDecay},
            {QStringLiteral("head_weight_decay"), headWeightDecay},
            {QStringLiteral("momentum_start"), momentumStart},
            {QStringLiteral("momentum_end"), momentumEnd},
            {QStringLiteral("momentum_epochs"), momentumEpochs}};
}

OptimizerConfig OptimizerConfig::fromJson(const QJsonObject &o)
{
    OptimizerConfig c;
    c.kind = oneOf(o, "kind", c.kind, {QStringLiteral("adam"), QStringLiteral("sgd")});
    c.lr = number(o, "lr", c.lr);
    if (!(c.lr > 0 && c.lr < 10))
        throw Error(QObject::tr("Config: optimizer lr must be in (0, 10), got %1").arg(c.lr));
    c.headLr = number(o, "head_lr", c.headLr);
    c.weightDecay = number(o, "weight_decay", c.weightDecay);
    c.headWeightDecay = number(o, "head_weight_decay", c.headWeightDecay);
    c.momentumStart = number(o, "momentum_start", c.momentumStart);
    c.momentumEnd = number(o, "momentum_end", c.momentumEnd);
    c.momentumEpochs = integer(o, "momentum_epochs", c.momentumEpochs, 0, 100000);
    return c;
}

OptimizerConfig OptimizerConfig::reproductionAdam()
{
    OptimizerConfig c;
    c.kind = QStringLiteral("adam");
    c.lr = 3e-4;
    c.weightDecay = 2e-4;
    c.headWeightDecay = 2e-4;
    c.headLr = 1e-3;
    return c;
}

OptimizerConfig OptimizerConfig::kochSgd()
{
    OptimizerConfig c;
    c.kind = QStringLiteral("sgd");
    c.lr = 0.01;
    c.weightDecay = 2e-4;
    c.momentumStart = 0.5;
    c.momentumEnd = 0.9;
    c.momentumEpochs = 20;
    return c;
}

QJsonObject SchedulerConfig::toJson() const
{
    return {{QStringLiteral("kind"), kind},          {QStringLiteral("gamma"), gamma},
            {QStringLiteral("step_size"), stepSize}, {QStringLiteral("base_lr"), baseLr},
            {QStringLiteral("patience"), patience},  {QStringLiteral("threshold"), threshold},
            {QStringLiteral("min_lr"), minLr},       {QStringLiteral("total_epochs"), totalEpochs}};
}

SchedulerConfig SchedulerConfig::fromJson(const QJsonObject &o)
{
    SchedulerConfig c;
    c.kind = oneOf(o, "kind", c.kind,
                   {QStringLiteral("constant"), QStringLiteral("step"), QStringLiteral("exponential"),
                    QStringLiteral("triangular"), QStringLiteral("triangular2"), QStringLiteral("plateau"),
                    QStringLiteral("cosine")});
    c.gamma = number(o, "gamma", c.gamma);
    if (!(c.gamma > 0 && c.gamma <= 1))
        throw Error(QObject::tr("Config: scheduler gamma must be in (0, 1], got %1").arg(c.gamma));
    c.stepSize = integer(o, "step_size", c.stepSize, 1, 100000000);
    c.baseLr = number(o, "base_lr", c.baseLr);
    c.patience = integer(o, "patience", c.patience, 0, 100000);
    c.threshold = number(o, "threshold", c.threshold);
    c.minLr = number(o, "min_lr", c.minLr);
    c.totalEpochs = integer(o, "total_epochs", c.totalEpochs, 0, 1000000);
    return c;
}

QJsonObject TrainConfig::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("oneshot-studio/train-config/1")},
            {QStringLiteral("protocol"), protocol},
            {QStringLiteral("model"), model.toJson()},
            {QStringLiteral("optimizer"), optimizer.toJson()},
            {QStringLiteral("scheduler"), scheduler.toJson()},
            {QStringLiteral("pairs_per_epoch"), pairsPerEpoch},
            {QStringLiteral("augment"), augment},
            {QStringLiteral("distortion"), distortion},
            {QStringLiteral("same_alphabet_negatives"), sameAlphabetNegatives},
            {QStringLiteral("batch_negatives"), batchNegatives},
            {QStringLiteral("batch_softmax"), batchSoftmax},
            {QStringLiteral("batch_alphabets"), batchAlphabets},
            {QStringLiteral("batch_size"), batchSize},
            {QStringLiteral("epochs"), epochs},
            {QStringLiteral("minutes"), minutes},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("device"), device},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("loader_threads"), loaderThreads},
            {QStringLiteral("log_every"), logEvery},
            {QStringLiteral("validation_pairs"), validationPairs},
            {QStringLiteral("validation_trials"), validationTrials},
            {QStringLiteral("validation_ways"), validationWays},
            {QStringLiteral("early_stop_metric"), earlyStopMetric},
            {QStringLiteral("patience"), patience},
            {QStringLiteral("evaluate_test_at_end"), evaluateTestAtEnd},
            {QStringLiteral("runs_path"), runsPath},
            {QStringLiteral("data_folder"), dataFolder}};
}

TrainConfig TrainConfig::fromJson(const QJsonObject &o)
{
    TrainConfig c;
    const QString format = o.value(QStringLiteral("format")).toString();
    if (!format.isEmpty() && format != QLatin1String("oneshot-studio/train-config/1"))
        throw Error(QObject::tr("Config: unknown format '%1'").arg(format));
    c.protocol
        = oneOf(o, "protocol", c.protocol, {QStringLiteral("lake"), QStringLiteral("koch"), QStringLiteral("seed")});
    if (o.contains(QStringLiteral("model"))) {
        const QJsonValue m = o.value(QStringLiteral("model"));
        c.model = m.isString() ? model::ModelSpec::preset(m.toString()) : model::ModelSpec::fromJson(m.toObject());
    }
    c.optimizer = OptimizerConfig::fromJson(o.value(QStringLiteral("optimizer")).toObject());
    c.scheduler = SchedulerConfig::fromJson(o.value(QStringLiteral("scheduler")).toObject());
    c.pairsPerEpoch = integer(o, "pairs_per_epoch", c.pairsPerEpoch, 2, 100000000);
    c.augment = integer(o, "augment", c.augment, 0, 100);
    c.distortion = oneOf(o, "distortion", c.distortion,
                         {QStringLiteral("koch"), QStringLiteral("torchvision"), QStringLiteral("none")});
    c.sameAlphabetNegatives = number(o, "same_alphabet_negatives", c.sameAlphabetNegatives);
    if (c.sameAlphabetNegatives < 0 || c.sameAlphabetNegatives > 1)
        throw Error(QObject::tr("Config: 'same_alphabet_negatives' must be in [0, 1]"));
    c.batchNegatives = number(o, "batch_negatives", c.batchNegatives);
    if (c.batchNegatives < 0 || c.batchNegatives > 100)
        throw Error(QObject::tr("Config: 'batch_negatives' must be in [0, 100]"));
    c.batchSoftmax = number(o, "batch_softmax", c.batchSoftmax);
    if (c.batchSoftmax < 0 || c.batchSoftmax > 100)
        throw Error(QObject::tr("Config: 'batch_softmax' must be in [0, 100]"));
    c.batchAlphabets = integer(o, "batch_alphabets", c.batchAlphabets, 0, 1000);
    c.batchSize = integer(o, "batch_size", c.batchSize, 1, 65536);
    c.epochs = integer(o, "epochs", c.epochs, 1, 1000000);
    c.minutes = number(o, "minutes", c.minutes);
    const QJsonValue seed = o.value(QStringLiteral("seed"));
    if (seed.isString()) {
        bool ok = false;
        c.seed = seed.toString().toULongLong(&ok);
        if (!ok)
            throw Error(QObject::tr("Config: 'seed' must be a non-negative integer"));
    } else if (seed.isDouble()) {
        c.seed = static_cast<std::uint64_t>(seed.toDouble());
    }
    c.device = oneOf(o, "device", c.device, {QStringLiteral("auto"), QStringLiteral("cpu"), QStringLiteral("cuda")});
    c.threads = integer(o, "threads", c.threads, 0, 1024);
    c.loaderThreads = integer(o, "loader_threads", c.loaderThreads, 1, 64);
    c.logEvery = integer(o, "log_every", c.logEvery, 1, 1000000);
    c.validationPairs = integer(o, "validation_pairs", c.validationPairs, 0, 10000000);
    c.validationTrials = integer(o, "validation_trials", c.validationTrials, 0, 10000000);
    c.validationWays = integer(o, "validation_ways", c.validationWays, 2, 1000);
    c.earlyStopMetric
        = oneOf(o, "early_stop_metric", c.earlyStopMetric,
                {QStringLiteral("val_oneshot"), QStringLiteral("val_acc_tuned"), QStringLiteral("val_loss")});
    c.patience = integer(o, "patience", c.patience, 0, 100000);
    c.evaluateTestAtEnd = o.value(QStringLiteral("evaluate_test_at_end")).toBool(c.evaluateTestAtEnd);
    c.runsPath = o.value(QStringLiteral("runs_path")).toString();
    c.dataFolder = o.value(QStringLiteral("data_folder")).toString();
    return c;
}

TrainConfig TrainConfig::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QObject::tr("Cannot read config %1: %2").arg(path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (doc.isNull() || !doc.isObject())
        throw Error(QObject::tr("Config %1 is not a JSON object: %2 at offset %3")
                        .arg(path, err.errorString())
                        .arg(err.offset));
    try {
        return fromJson(doc.object());
    } catch (const Error &e) {
        throw Error(path + QLatin1String(": ") + e.message());
    }
}

TrainConfig TrainConfig::forPreset(const QString &preset)
{
    TrainConfig c;
    c.model = model::ModelSpec::preset(preset);
    if (preset == QLatin1String("koch2015")) {
        c.protocol = QStringLiteral("koch");
        c.optimizer = OptimizerConfig::kochSgd();
        c.scheduler.kind = QStringLiteral("exponential");
        c.scheduler.gamma = 0.99;
        c.augment = 8;
        c.sameAlphabetNegatives = 0.0;
        c.epochs = 200;
        c.patience = 20;
        c.earlyStopMetric = QStringLiteral("val_oneshot");
    } else {
        // See README "CPU preset": Adam 1e-3 decayed per epoch, hard negatives half the time,
        // and two loss terms over the batch's cross pairs (extra negatives, and a one-shot
        // softmax), which raise one-shot accuracy per step at about the same cost per step.
        c.optimizer.kind = QStringLiteral("adam");
        c.optimizer.lr = 1e-3;
        c.scheduler.kind = QStringLiteral("exponential");
        c.scheduler.gamma = 0.85;
        c.batchNegatives = 1.0;
        c.batchSoftmax = 1.0;
        c.augment = 1;
        c.sameAlphabetNegatives = 0.5;
        c.pairsPerEpoch = 20000;
        c.batchSize = 128;
    }
    return c;
}

} // namespace oneshot::train
