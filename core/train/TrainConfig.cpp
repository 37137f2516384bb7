#include "train/TrainConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include "common/Error.h"
#include "data/Distortion.h"
#include "data/Protocol.h"
#include "eval/TestViews.h"

namespace oneshot::train {

namespace {

const char *const kFormatV1 = "oneshot-studio/train-config/1";
const char *const kFormatV2 = "oneshot-studio/train-config/2";

/// A learning rate: positive, at most 10.
template<class T>
Setting<T> learningRate(const char *key, double T::*member)
{
    return field(key, member).range(0, 10, /*open low*/ true);
}

bool isSgd(const OptimizerConfig &c)
{
    return c.kind == QLatin1String("sgd");
}

/// A config of format 1 kept the loss weights at the top level.
QJsonObject updatedFromV1(QJsonObject o)
{
    QJsonObject loss = o.value(QStringLiteral("loss")).toObject();
    for (const char *key : {"batch_negatives", "batch_softmax"}) {
        const QString k = QString::fromLatin1(key);
        if (o.contains(k)) {
            loss.insert(k, o.value(k));
            o.remove(k);
        }
    }
    if (!loss.isEmpty())
        o.insert(QStringLiteral("loss"), loss);
    return o;
}

/// The protocol and the network (the form shows the network as the preset).
void addDataSettings(SettingList<TrainConfig> &l)
{
    using C = TrainConfig;
    l.push_back(field("protocol", &C::protocol)
                    .oneOf(data::Protocol::names())
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Protocol"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Where the network trains, is selected and is tested"))
                    .group("data"));
    // The model is a value of its own (ModelSpec, written as an object); as a setting it is
    // the name of a preset network. The form picks it with the preset.
    Setting<C> model;
    model.info.key = QStringLiteral("model");
    model.info.type = SettingType::Choice;
    model.info.choices = model::ModelSpec::presetNames();
    model.get = [](const C &c) { return QVariant(c.model.name); };
    model.set = [](C &c, const QVariant &v) { c.model = model::ModelSpec::preset(v.toString()); };
    l.push_back(model.label(QT_TRANSLATE_NOOP("oneshot::Settings", "Network")).group("data").hidden());
    l.push_back(field("runs_path", &C::runsPath)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Run set for the one-shot test"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "all_runs.zip or a folder of runs; empty: the "
                                           "data folder's all_runs.zip"))
                    .group("data")
                    .hidden());
    l.push_back(field("data_folder", &C::dataFolder)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Omniglot data folder"))
                    .group("data")
                    .hidden());
}

/// How pairs are drawn, distorted and batched.
void addPairSettings(SettingList<TrainConfig> &l)
{
    using C = TrainConfig;
    l.push_back(field("pairs_per_epoch", &C::pairsPerEpoch)
                    .range(2, 100000000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Pairs per epoch"))
                    .unit(QT_TRANSLATE_NOOP("oneshot::Settings", "pairs"))
                    .group("pairs"));
    l.push_back(field("pair_set", &C::pairSet)
                    .oneOf({QStringLiteral("fresh"), QStringLiteral("fixed")},
                           {QT_TRANSLATE_NOOP("oneshot::Settings", "fresh pairs every epoch"),
                            QT_TRANSLATE_NOOP("oneshot::Settings", "a fixed set, as in the paper")})
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Pair set"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Fixed: the pairs are drawn once and every epoch sees them, with the same "
                                           "distorted copies (Koch's 30k, 90k, 150k pairs). Fresh: drawn anew each "
                                           "epoch."))
                    .group("pairs"));
    l.push_back(field("augment", &C::augment)
                    .range(0, 100)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Distorted views (K)"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Each pair is seen once plain and K times with "
                                           "fresh distortions (Koch's x8: 8)"))
                    .group("pairs"));
    l.push_back(field("distortion", &C::distortion)
                    .oneOf(data::AffineParams::names(),
                           {QT_TRANSLATE_NOOP("oneshot::Settings", "Koch et al. 2015"),
                            QT_TRANSLATE_NOOP("oneshot::Settings", "torchvision RandomAffine"),
                            QT_TRANSLATE_NOOP("oneshot::Settings", "none")})
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Distortion"))
                    .group("pairs"));
    l.push_back(field("distortion_scale", &C::distortionScale)
                    .range(0, 4)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Distortion strength"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Every range of the distortion (rotation, shear, scale, shift) times "
                                           "this; 1: as published, 2: twice Koch's, as the test-time views"))
                    .group("pairs"));
    l.push_back(field("same_alphabet_negatives", &C::sameAlphabetNegatives)
                    .range(0, 1)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Same-alphabet negatives"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Share of different pairs drawn from the same alphabet (harder "
                                           "negatives)"))
                    .group("pairs"));
    l.push_back(field("rotated_classes", &C::rotatedClasses)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Rotated classes"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Each training character turned by 90, 180 and 270 degrees is a class "
                                           "of its own: four times the classes to tell apart (training alphabets "
                                           "only)"))
                    .group("pairs"));
    l.push_back(field("mirrored_classes", &C::mirroredClasses)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Mirrored classes"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Each training character mirrored left to right is a class of its "
                                           "own (with rotated classes, in each of its turns too): twice the "
                                           "classes to tell apart (training alphabets only)"))
                    .group("pairs"));
    l.push_back(field("batch_alphabets", &C::batchAlphabets)
                    .range(0, 1000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Alphabets per batch"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Draw each batch from this many alphabets, so that the batch's other "
                                           "images are same-alphabet distractors, as in Lake's runs (0: all)"))
                    .group("pairs"));
    l.push_back(field("batch_size", &C::batchSize)
                    .range(1, 8192)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Batch size"))
                    .unit(QT_TRANSLATE_NOOP("oneshot::Settings", "pairs"))
                    .group("pairs"));
}

/// Length, time budget, seed, device and threads.
void addRunSettings(SettingList<TrainConfig> &l)
{
    using C = TrainConfig;
    l.push_back(field("epochs", &C::epochs)
                    .range(1, 1000000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Epochs"))
                    .group("run"));
    l.push_back(field("checkpoint_minutes", &C::checkpointMinutes)
                    .range(0, 1000000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Checkpoint every"))
                    .unit(QT_TRANSLATE_NOOP("oneshot::Settings", "minutes"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Write the last checkpoint this often inside an epoch too, so a crash "
                                           "loses minutes rather than an epoch; 0: at the end of each epoch only"))
                    .group("run"));
    l.push_back(field("minutes", &C::minutes)
                    .range(0, 1000000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Time budget"))
                    .unit(QT_TRANSLATE_NOOP("oneshot::Settings", "minutes"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Training time after which the run validates and ends; 0: no limit"))
                    .group("run"));
    l.push_back(field("seed", &C::seed)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Seed"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Decides the pairs, distortions, initial weights and validation trials"))
                    .group("run"));
    l.push_back(
        field("device", &C::device)
            .oneOf({QStringLiteral("auto"), QStringLiteral("cpu"), QStringLiteral("cuda")},
                   {QT_TRANSLATE_NOOP("oneshot::Settings", "auto"), QT_TRANSLATE_NOOP("oneshot::Settings", "CPU"),
                    QT_TRANSLATE_NOOP("oneshot::Settings", "CUDA")})
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Device"))
            .group("run"));
    l.push_back(field("precision", &C::precision)
                    .oneOf({QStringLiteral("fp32"), QStringLiteral("bf16"), QStringLiteral("fp16")},
                           {QT_TRANSLATE_NOOP("oneshot::Settings", "fp32"),
                            QT_TRANSLATE_NOOP("oneshot::Settings", "bf16 mixed precision"),
                            QT_TRANSLATE_NOOP("oneshot::Settings", "fp16 mixed precision (CUDA)")})
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Precision"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Convolutions and matrix products in bfloat16 or float16, the weights and "
                                           "the loss in fp32; bf16 needs a CPU with AVX-512 BF16 or AMX, or a GPU, "
                                           "and falls back to fp32 with a message elsewhere"))
                    .group("run"));
    l.push_back(field("threads", &C::threads)
                    .range(0, 1024)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "CPU threads"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Threads of the network's CPU kernels; 0: all cores"))
                    .group("run"));
    l.push_back(field("loader_threads", &C::loaderThreads)
                    .range(1, 64)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Loader threads"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Threads preparing distorted batches ahead"))
                    .group("run"));
    l.push_back(field("sync_batch_norm", &C::syncBatchNorm)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Synchronised batch norm"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Data-parallel runs: batch norm's statistics over the whole batch of all "
                                           "workers, as on one process (one all-reduce per norm layer and step); "
                                           "off: each worker normalises with its own share's statistics"))
                    .group("run"));
    l.push_back(field("channels_last", &C::channelsLast)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Channels-last layout"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "On the CPU the layers after the first run on channels-last (NHWC) "
                                           "activations, which trains faster; LibTorch's batch norm then sums "
                                           "less exactly, so runs on other thread counts or numbers of workers "
                                           "drift apart sooner. Off: NCHW throughout"))
                    .group("run"));
    l.push_back(field("log_every", &C::logEvery)
                    .range(1, 1000000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Log every"))
                    .unit(QT_TRANSLATE_NOOP("oneshot::Settings", "steps"))
                    .group("run"));
}

/// What is validated after each epoch and how the best epoch is chosen.
void addValidationSettings(SettingList<TrainConfig> &l)
{
    using C = TrainConfig;
    l.push_back(field("validation_pairs", &C::validationPairs)
                    .range(0, 10000000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Verification pairs"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Validation pairs scored after each epoch"))
                    .group("validation"));
    l.push_back(field("validation_trials", &C::validationTrials)
                    .range(0, 10000000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "One-shot trials"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Validation one-shot trials after each epoch"))
                    .group("validation"));
    l.push_back(field("validation_ways", &C::validationWays)
                    .range(2, 1000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Ways"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Candidates per validation one-shot trial"))
                    .group("validation"));
    l.push_back(field("early_stop_metric", &C::earlyStopMetric)
                    .oneOf({QStringLiteral("val_oneshot"), QStringLiteral("val_acc_tuned"),
                            QStringLiteral("val_acc_05"), QStringLiteral("val_loss")},
                           {QT_TRANSLATE_NOOP("oneshot::Settings", "validation one-shot"),
                            QT_TRANSLATE_NOOP("oneshot::Settings", "validation verification (tuned)"),
                            QT_TRANSLATE_NOOP("oneshot::Settings", "validation verification at 0.5"),
                            QT_TRANSLATE_NOOP("oneshot::Settings", "validation loss")})
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Select on"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "The validation figure that picks the best checkpoint"))
                    .group("validation"));
    l.push_back(field("patience", &C::patience)
                    .range(0, 100000)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Early stopping patience"))
                    .unit(QT_TRANSLATE_NOOP("oneshot::Settings", "epochs"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "Epochs without improvement before stopping; "
                                           "0: off"))
                    .group("validation"));
    l.push_back(field("evaluate_test_at_end", &C::evaluateTestAtEnd)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Test the best checkpoint at the end"))
                    .group("validation"));
    l.push_back(field("test_views", &C::testViews)
                    .range(1, eval::kMaxTestViews)
                    .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Test-time views"))
                    .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                           "The final test and oneshot evaluate embed each image as the mean over "
                                           "the image and this many minus one fixed affine distortions of it; 1: "
                                           "the image alone, as the paper"))
                    .group("validation"));
}

} // namespace

const SettingList<OptimizerConfig> &OptimizerConfig::settings()
{
    using C = OptimizerConfig;
    static const SettingList<C> list = {
        field("kind", &C::kind)
            .oneOf({QStringLiteral("adam"), QStringLiteral("sgd")},
                   {QT_TRANSLATE_NOOP("oneshot::Settings", "Adam"),
                    QT_TRANSLATE_NOOP("oneshot::Settings", "SGD, per-layer momentum ramp (Koch)")})
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Optimiser")),
        learningRate("lr", &C::lr).label(QT_TRANSLATE_NOOP("oneshot::Settings", "Learning rate")),
        learningRate("head_lr", &C::headLr)
            .orSpecial(-1, QT_TRANSLATE_NOOP("oneshot::Settings", "same as the learning rate"))
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Head learning rate"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Learning rate of the L1 head; empty: the same as the twins'")),
        field("weight_decay", &C::weightDecay)
            .range(0, 1)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Weight decay"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "L2 penalty on the twins' weights")),
        field("head_weight_decay", &C::headWeightDecay)
            .range(0, 1)
            .orSpecial(-1, QT_TRANSLATE_NOOP("oneshot::Settings", "same as the weight decay"))
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Head weight decay")),
        field("momentum_start", &C::momentumStart)
            .range(0, 1)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Momentum at the start"))
            .onlyIf(isSgd),
        field("momentum_end", &C::momentumEnd)
            .range(0, 1)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Final momentum"))
            .onlyIf(isSgd),
        field("momentum_epochs", &C::momentumEpochs)
            .range(0, 100000)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Momentum ramp"))
            .unit(QT_TRANSLATE_NOOP("oneshot::Settings", "epochs"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Epochs over which momentum rises linearly to its final value"))
            .onlyIf(isSgd),
    };
    return list;
}

QJsonObject OptimizerConfig::toJson() const
{
    return settingsToJson(*this, settings());
}

OptimizerConfig OptimizerConfig::fromJson(const QJsonObject &json)
{
    OptimizerConfig c;
    settingsFromJson(c, json, settings());
    return c;
}

const SettingList<SchedulerConfig> &SchedulerConfig::settings()
{
    using C = SchedulerConfig;
    const auto kindIs = [](std::initializer_list<const char *> kinds) {
        QStringList list;
        for (const char *k : kinds)
            list << QString::fromLatin1(k);
        return [list](const C &c) { return list.contains(c.kind); };
    };
    static const SettingList<C> list = {
        field("kind", &C::kind)
            .oneOf({QStringLiteral("constant"), QStringLiteral("step"), QStringLiteral("exponential"),
                    QStringLiteral("exponential_run"), QStringLiteral("cosine"), QStringLiteral("triangular"),
                    QStringLiteral("triangular2"), QStringLiteral("plateau")},
                   {QT_TRANSLATE_NOOP("oneshot::Settings", "constant"),
                    QT_TRANSLATE_NOOP("oneshot::Settings", "step (every N epochs)"),
                    QT_TRANSLATE_NOOP("oneshot::Settings", "exponential (every epoch)"),
                    QT_TRANSLATE_NOOP("oneshot::Settings", "exponential over the run (epochs or time budget)"),
                    QT_TRANSLATE_NOOP("oneshot::Settings", "cosine"),
                    QT_TRANSLATE_NOOP("oneshot::Settings", "triangular (cyclic, per batch)"),
                    QT_TRANSLATE_NOOP("oneshot::Settings", "triangular2 (cyclic, halving)"),
                    QT_TRANSLATE_NOOP("oneshot::Settings", "reduce on plateau")})
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Schedule")),
        field("gamma", &C::gamma)
            .range(0, 1, true)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Gamma"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Factor the learning rate is multiplied by at each decay"))
            .onlyIf(kindIs({"step", "exponential", "plateau"})),
        field("step_size", &C::stepSize)
            .range(1, 100000000)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Step size"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                   "Step schedule: epochs per step. Cyclic: batches per half cycle."))
            .onlyIf(kindIs({"step", "triangular", "triangular2"})),
        field("base_lr", &C::baseLr)
            .range(0, 10)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Cyclic base learning rate"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                   "Lower bound of a cyclic schedule; the learning rate is its upper bound"))
            .onlyIf(kindIs({"triangular", "triangular2"})),
        field("patience", &C::patience)
            .range(0, 100000)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Plateau patience"))
            .unit(QT_TRANSLATE_NOOP("oneshot::Settings", "epochs"))
            .onlyIf(kindIs({"plateau"})),
        field("threshold", &C::threshold)
            .range(0, 1)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Plateau threshold"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Relative improvement that counts as better"))
            .onlyIf(kindIs({"plateau"})),
        field("min_lr", &C::minLr)
            .range(0, 10)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Lowest learning rate"))
            .onlyIf(kindIs({"plateau", "cosine"})),
        field("total_epochs", &C::totalEpochs)
            .range(0, 1000000)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Cosine length"))
            .unit(QT_TRANSLATE_NOOP("oneshot::Settings", "epochs"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings", "Epochs of the cosine's half period; 0: the run's epochs"))
            .onlyIf(kindIs({"cosine"})),
        field("final_factor", &C::finalFactor)
            .range(0, 1, true)
            .label(QT_TRANSLATE_NOOP("oneshot::Settings", "Final factor"))
            .tip(QT_TRANSLATE_NOOP("oneshot::Settings",
                                   "The learning rate at the run's end as a fraction of the initial one; the end is "
                                   "the last epoch or the time budget, whichever comes first"))
            .onlyIf(kindIs({"exponential_run"})),
    };
    return list;
}

QJsonObject SchedulerConfig::toJson() const
{
    return settingsToJson(*this, settings());
}

SchedulerConfig SchedulerConfig::fromJson(const QJsonObject &json)
{
    SchedulerConfig c;
    settingsFromJson(c, json, settings());
    return c;
}

QString TrainConfig::currentFormat()
{
    return QString::fromLatin1(kFormatV2);
}

const SettingList<TrainConfig> &TrainConfig::settings()
{
    using C = TrainConfig;
    static const SettingList<C> list = [] {
        SettingList<C> l;
        addDataSettings(l);
        addPairSettings(l);
        for (Setting<C> &s : nested("loss", &C::loss, LossConfig::settings()))
            l.push_back(s.group("loss"));
        for (Setting<C> &s : nested("optimizer", &C::optimizer, OptimizerConfig::settings()))
            l.push_back(s.group("optimizer"));
        for (Setting<C> &s : nested("scheduler", &C::scheduler, SchedulerConfig::settings()))
            l.push_back(s.group("schedule"));
        addRunSettings(l);
        addValidationSettings(l);
        return l;
    }();
    return list;
}

QJsonObject TrainConfig::toJson() const
{
    QJsonObject o = settingsToJson(*this, settings());
    o.insert(QStringLiteral("format"), currentFormat());
    o.insert(QStringLiteral("model"), model.toJson());
    return o;
}

TrainConfig TrainConfig::fromJson(const QJsonObject &json)
{
    const QString format = json.value(QStringLiteral("format")).toString();
    QJsonObject o = json;
    if (format == QLatin1String(kFormatV1))
        o = updatedFromV1(o);
    else if (!format.isEmpty() && format != QLatin1String(kFormatV2))
        throw Error(
            QObject::tr("Config: format '%1' is not one this version (%2) reads (%3 or %4): a newer "
                        "Oneshot Studio wrote it")
                .arg(format, QStringLiteral(ONESHOT_VERSION), QLatin1String(kFormatV1), QLatin1String(kFormatV2)));
    TrainConfig c;
    settingsFromJson(c, o, settings(), {QStringLiteral("format"), QStringLiteral("model")});
    const QJsonValue m = o.value(QStringLiteral("model"));
    if (m.isString())
        c.set(QStringLiteral("model"), m.toString());
    else if (m.isObject()) {
        c.model = model::ModelSpec::fromJson(m.toObject());
        // Layers edited under a preset's name make a custom network: named so, so that the
        // settings list, reports and the Runs page do not call it the preset.
        if (model::ModelSpec::presetNames().contains(c.model.name)
            && !(c.model == model::ModelSpec::preset(c.model.name)))
            c.model.name = QStringLiteral("custom");
    } else if (!m.isUndefined())
        throw Error(QObject::tr("Setting 'model': expected a preset name or a model object"));
    c.validate();
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

void TrainConfig::set(const QString &key, const QString &text)
{
    const Setting<TrainConfig> *s = findSetting(settings(), key);
    if (!s) {
        QStringList known;
        for (const auto &k : settings())
            known << k.info.key;
        throw Error(unknownSettingMessage(key, known));
    }
    s->set(*this, parseSettingText(s->info, text));
}

void TrainConfig::apply(const QStringList &assignments)
{
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw Error(QObject::tr("'%1' is not KEY=VALUE").arg(a));
        set(a.left(eq).trimmed(), a.mid(eq + 1));
    }
}

QString TrainConfig::text(const QString &key) const
{
    const Setting<TrainConfig> *s = findSetting(settings(), key);
    if (!s)
        throw Error(QObject::tr("Unknown setting '%1'").arg(key));
    return settingToText(s->info, s->get(*this));
}

void TrainConfig::validate() const
{
    if (scheduler.cyclic() && !(scheduler.baseLr < optimizer.lr))
        throw Error(QObject::tr("Setting 'scheduler.base_lr': %1 must be below optimizer.lr (%2) for a cyclic "
                                "schedule")
                        .arg(scheduler.baseLr)
                        .arg(optimizer.lr));
    bool anyTerm = false;
    for (const auto &s : LossConfig::settings())
        anyTerm = anyTerm || s.get(loss).toDouble() > 0;
    if (!anyTerm)
        throw Error(QObject::tr("Settings 'loss.*': every loss weight is 0, so nothing would be trained"));
}

QStringList TrainConfig::presetNames()
{
    return {QStringLiteral("cpu"), QStringLiteral("koch2015"), QStringLiteral("reproduction"), QStringLiteral("tiny")};
}

QString TrainConfig::presetLabel(const QString &preset)
{
    if (preset == QLatin1String("cpu"))
        return QCoreApplication::translate("oneshot::Settings", "CPU preset (48x48, batch norm)");
    if (preset == QLatin1String("koch2015"))
        return QCoreApplication::translate("oneshot::Settings", "Koch 2015 (105x105, 38.9M parameters)");
    if (preset == QLatin1String("reproduction"))
        return QCoreApplication::translate("oneshot::Settings", "The reproduction (Koch's net, Adam, seed split)");
    if (preset == QLatin1String("tiny"))
        return QCoreApplication::translate("oneshot::Settings", "Tiny (28x28, for a quick look)");
    return preset;
}

QStringList TrainConfig::presetAssignments(const QString &preset)
{
    // The paper's SGD: lr 0.01 per layer group decaying 1 % per epoch, momentum 0.5 -> 0.9,
    // L2 2e-4, a fixed set with affine x8, validation on 320 one-shot trials and 10,000
    // verification pairs, early stopping on validation one-shot.
    static const QStringList koch = {QStringLiteral("model=koch2015"),
                                     QStringLiteral("protocol=koch"),
                                     QStringLiteral("optimizer.kind=sgd"),
                                     QStringLiteral("optimizer.lr=0.01"),
                                     QStringLiteral("optimizer.weight_decay=2e-4"),
                                     QStringLiteral("optimizer.momentum_start=0.5"),
                                     QStringLiteral("optimizer.momentum_end=0.9"),
                                     QStringLiteral("optimizer.momentum_epochs=20"),
                                     QStringLiteral("scheduler.kind=exponential"),
                                     QStringLiteral("scheduler.gamma=0.99"),
                                     QStringLiteral("pair_set=fixed"),
                                     QStringLiteral("augment=8"),
                                     QStringLiteral("same_alphabet_negatives=0"),
                                     QStringLiteral("epochs=200"),
                                     QStringLiteral("patience=20"),
                                     QStringLiteral("validation_trials=320"),
                                     QStringLiteral("validation_pairs=10000"),
                                     QStringLiteral("early_stop_metric=val_oneshot"),
                                     QStringLiteral("test_views=1")};
    // The reproduction this project grew from (its notebooks): Koch's net on its own split of
    // the 40 alphabets, Adam at a constant 3e-4 in every group, weight decay 2e-4 and 1e-3 on the
    // head, torchvision's RandomAffine, a fixed set, selection on verification at 0.5.
    static const QStringList reproduction = {QStringLiteral("model=koch2015"),
                                             QStringLiteral("protocol=seed"),
                                             QStringLiteral("optimizer.kind=adam"),
                                             QStringLiteral("optimizer.lr=3e-4"),
                                             QStringLiteral("optimizer.weight_decay=2e-4"),
                                             QStringLiteral("optimizer.head_weight_decay=1e-3"),
                                             QStringLiteral("scheduler.kind=constant"),
                                             QStringLiteral("distortion=torchvision"),
                                             QStringLiteral("pair_set=fixed"),
                                             QStringLiteral("same_alphabet_negatives=0"),
                                             QStringLiteral("epochs=50"),
                                             QStringLiteral("patience=10"),
                                             QStringLiteral("validation_pairs=10000"),
                                             QStringLiteral("validation_trials=320"),
                                             QStringLiteral("early_stop_metric=val_acc_05"),
                                             QStringLiteral("test_views=1")};
    // See README "The CPU preset": Adam 1e-3 decayed per epoch, hard negatives half the time,
    // two loss terms over the batch's cross pairs, which raise one-shot accuracy per step at
    // about the same cost per step, and each training character's three rotations as classes of
    // their own (five points more validation one-shot over the 30-minute schedule, same cost).
    static const QStringList cpu = {QStringLiteral("model=cpu"),
                                    QStringLiteral("optimizer.kind=adam"),
                                    QStringLiteral("optimizer.lr=1e-3"),
                                    QStringLiteral("scheduler.kind=exponential"),
                                    QStringLiteral("scheduler.gamma=0.85"),
                                    QStringLiteral("loss.batch_negatives=1"),
                                    QStringLiteral("loss.batch_softmax=1"),
                                    QStringLiteral("augment=1"),
                                    QStringLiteral("same_alphabet_negatives=0.5"),
                                    QStringLiteral("rotated_classes=true"),
                                    QStringLiteral("pairs_per_epoch=20000"),
                                    QStringLiteral("batch_size=128")};
    if (preset == QLatin1String("koch2015"))
        return koch;
    if (preset == QLatin1String("reproduction"))
        return reproduction;
    if (preset == QLatin1String("cpu"))
        return cpu;
    if (preset == QLatin1String("tiny"))
        return QStringList(cpu) << QStringLiteral("model=tiny");
    throw Error(
        QObject::tr("Unknown preset '%1' (expected one of: %2)").arg(preset, presetNames().join(QLatin1String(", "))));
}

TrainConfig TrainConfig::forPreset(const QString &preset)
{
    TrainConfig c;
    c.apply(presetAssignments(preset));
    c.validate();
    return c;
}

} // namespace oneshot::train
