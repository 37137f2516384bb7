#include "model/ModelSpec.h"

#include <QJsonArray>

#include "common/Error.h"

namespace oneshot::model {

ModelSpec ModelSpec::koch2015()
{
    ModelSpec s;
    s.name = QStringLiteral("koch2015");
    s.inputSide = 105;
    s.convs = {{64, 10, true}, {128, 7, true}, {128, 4, true}, {256, 4, false}};
    s.embedding = 4096;
    s.batchNorm = false;
    s.init = QStringLiteral("koch");
    return s;
}

ModelSpec ModelSpec::cpu()
{
    // The same family at 48x48 with batch norm, chosen by measurement on 2 cores: ~14x fewer
    // multiply-adds per image than koch2015 (see forwardMacs()), and of the variants timed in
    // bench/ the fastest per step at equal depth (conv2's width dominates the cost, so it has 48
    // channels, not 64). Batch norm is what lets a small net learn fast at Adam's 1e-3; 48 px
    // keeps Omniglot's strokes about 2 px wide.
    ModelSpec s;
    s.name = QStringLiteral("cpu");
    s.inputSide = 48;
    s.convs = {{24, 5, true}, {48, 5, true}, {64, 3, false}, {128, 3, false}};
    s.embedding = 512;
    s.batchNorm = true;
    s.init = QStringLiteral("default");
    return s;
}

ModelSpec ModelSpec::tiny()
{
    ModelSpec s;
    s.name = QStringLiteral("tiny");
    s.inputSide = 28;
    s.convs = {{8, 5, true}, {16, 3, true}};
    s.embedding = 32;
    s.batchNorm = true;
    s.init = QStringLiteral("default");
    return s;
}

ModelSpec ModelSpec::reduced35()
{
    // Koch's MNIST test trains "a reduced version" of the net on Omniglot downsampled by 3 and
    // does not give its layers; this one keeps the family (valid convs, pooling, FC, L1 head).
    ModelSpec s;
    s.name = QStringLiteral("reduced35");
    s.inputSide = 35;
    s.convs = {{32, 5, true}, {64, 3, true}, {128, 3, false}};
    s.embedding = 512;
    s.batchNorm = true;
    s.init = QStringLiteral("default");
    return s;
}

QStringList ModelSpec::presetNames()
{
    return {QStringLiteral("cpu"), QStringLiteral("koch2015"), QStringLiteral("reduced35"), QStringLiteral("tiny")};
}

ModelSpec ModelSpec::preset(const QString &name)
{
    if (name == QLatin1String("koch2015"))
        return koch2015();
    if (name == QLatin1String("cpu"))
        return cpu();
    if (name == QLatin1String("tiny"))
        return tiny();
    if (name == QLatin1String("reduced35"))
        return reduced35();
    throw Error(QObject::tr("Unknown model preset '%1' (expected one of: %2)")
                    .arg(name, presetNames().join(QLatin1String(", "))));
}

int ModelSpec::featureSide() const
{
    int side = inputSide;
    for (std::size_t i = 0; i < convs.size(); ++i) {
        side = side - convs[i].kernel + 1;
        if (side < 1)
            throw Error(QObject::tr("Model: conv layer %1 (kernel %2) does not fit a %3x%3 input")
                            .arg(i + 1)
                            .arg(convs[i].kernel)
                            .arg(inputSide));
        if (convs[i].pool)
            side /= 2;
        if (side < 1)
            throw Error(QObject::tr("Model: pooling after conv layer %1 leaves nothing of a %2x%2 input")
                            .arg(i + 1)
                            .arg(inputSide));
    }
    return side;
}

int ModelSpec::flattenSize() const
{
    const int side = featureSide();
    return convs.empty() ? inputSide * inputSide : convs.back().channels * side * side;
}

long long ModelSpec::parameterCount() const
{
    long long n = 0;
    int in = 1;
    for (const ConvLayer &c : convs) {
        n += static_cast<long long>(c.channels) * in * c.kernel * c.kernel + c.channels;
        if (batchNorm)
            n += 2LL * c.channels;
        in = c.channels;
    }
    n += static_cast<long long>(flattenSize()) * embedding + embedding;
    n += embedding + 1; // head
    return n;
}

double ModelSpec::forwardMacs() const
{
    double macs = 0;
    int side = inputSide;
    int in = 1;
    for (const ConvLayer &c : convs) {
        side = side - c.kernel + 1;
        macs += static_cast<double>(side) * side * c.channels * in * c.kernel * c.kernel;
        if (c.pool)
            side /= 2;
        in = c.channels;
    }
    macs += static_cast<double>(flattenSize()) * embedding;
    return macs;
}

QString ModelSpec::summary() const
{
    QStringList layers;
    for (const ConvLayer &c : convs)
        layers << QStringLiteral("%1@%2").arg(c.channels).arg(c.kernel);
    return QStringLiteral("%1x%1 · %2 · FC %3%4 · %5")
        .arg(inputSide)
        .arg(layers.join(QLatin1Char(' ')))
        .arg(embedding)
        .arg(batchNorm ? QStringLiteral(" · BN") : QString())
        .arg(head.toUpper());
}

QJsonObject ModelSpec::toJson() const
{
    QJsonArray layers;
    for (const ConvLayer &c : convs)
        layers.append(QJsonObject{{QStringLiteral("channels"), c.channels},
                                  {QStringLiteral("kernel"), c.kernel},
                                  {QStringLiteral("pool"), c.pool}});
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("input_side"), inputSide},
                       {QStringLiteral("convs"), layers},
                       {QStringLiteral("embedding"), embedding},
                       {QStringLiteral("batch_norm"), batchNorm},
                       {QStringLiteral("head"), head},
                       {QStringLiteral("init"), init}};
}

ModelSpec ModelSpec::fromJson(const QJsonObject &json)
{
    auto need = [&json](const char *key) {
        const QString k = QString::fromLatin1(key);
        if (!json.contains(k))
            throw Error(QObject::tr("Model spec: field '%1' is missing").arg(k));
        return json.value(k);
    };
    auto positive = [](const QJsonValue &v, const QString &what) {
        const int n = v.toInt(-1);
        if (n <= 0 || n > 100000)
            throw Error(QObject::tr("Model spec: %1 must be a positive integer").arg(what));
        return n;
    };
    ModelSpec s;
    s.name = json.value(QStringLiteral("name")).toString(QStringLiteral("custom"));
    s.inputSide = positive(need("input_side"), QStringLiteral("input_side"));
    const QJsonArray layers = need("convs").toArray();
    for (int i = 0; i < layers.size(); ++i) {
        const QJsonObject l = layers[i].toObject();
        ConvLayer c;
        c.channels = positive(l.value(QStringLiteral("channels")), QStringLiteral("convs[%1].channels").arg(i));
        c.kernel = positive(l.value(QStringLiteral("kernel")), QStringLiteral("convs[%1].kernel").arg(i));
        c.pool = l.value(QStringLiteral("pool")).toBool(true);
        s.convs.push_back(c);
    }
    s.embedding = positive(need("embedding"), QStringLiteral("embedding"));
    s.batchNorm = json.value(QStringLiteral("batch_norm")).toBool(false);
    s.head = json.value(QStringLiteral("head")).toString(QStringLiteral("l1"));
    if (s.head != QLatin1String("l1"))
        throw Error(QObject::tr("Model spec: unknown head '%1' (expected l1)").arg(s.head));
    s.init = json.value(QStringLiteral("init")).toString(QStringLiteral("koch"));
    if (s.init != QLatin1String("koch") && s.init != QLatin1String("default"))
        throw Error(QObject::tr("Model spec: unknown init '%1' (expected koch or default)").arg(s.init));
    s.featureSide(); // throws if the layers do not fit
    return s;
}

} // namespace oneshot::model
