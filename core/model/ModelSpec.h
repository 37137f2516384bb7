#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace oneshot::model {

/// One convolution block of the twin: conv (valid padding) -> [batch norm] -> ReLU -> [max pool 2].
struct ConvLayer
{
    int channels = 64;
    int kernel = 10;
    bool pool = true;
};

/// A Siamese architecture as data: what a config file stores and the UI shows.
struct ModelSpec
{
    QString name;        ///< preset name, or "custom"
    int inputSide = 105; ///< images are resized to inputSide x inputSide
    std::vector<ConvLayer> convs;
    int embedding = 4096;                  ///< FC size after flatten, followed by a sigmoid
    bool batchNorm = false;                ///< batch norm after each conv (not in the paper)
    QString head = QStringLiteral("l1");   ///< "l1": FC(embedding -> 1) on |h1 - h2|
    QString init = QStringLiteral("koch"); ///< "koch": the paper's; "default": LibTorch's

    /// Koch et al. 2015: 105x105, 64@10, 128@7, 128@4, 256@4, FC 4096; 38,951,745 parameters.
    static ModelSpec koch2015();
    /// The CPU preset (see ModelSpec.cpp for the measurements behind it).
    static ModelSpec cpu();
    /// A reduced net at 35x35 (Omniglot downsampled by 3) for Koch's MNIST transfer test.
    static ModelSpec reduced35();
    /// A tiny net for tests.
    static ModelSpec tiny();
    static QStringList presetNames();
    /// A preset by name; throws Error naming the value otherwise.
    static ModelSpec preset(const QString &name);

    /// Side of the last conv's output map, and the flattened size; throws Error if the layers do
    /// not fit the input.
    int featureSide() const;
    int flattenSize() const;
    /// Parameters, computed from the layer sizes (the model's own count must agree).
    long long parameterCount() const;
    /// Multiply-adds of one image's forward pass through the twin.
    double forwardMacs() const;
    /// A one-line description, e.g. "105x105 · 64@10 128@7 128@4 256@4 · FC 4096 · L1".
    QString summary() const;

    QJsonObject toJson() const;
    /// Throws Error naming the field at fault.
    static ModelSpec fromJson(const QJsonObject &json);

    bool operator==(const ModelSpec &other) const { return toJson() == other.toJson(); }
};

} // namespace oneshot::model
