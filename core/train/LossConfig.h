#pragma once

#include <QJsonObject>
#include <QStringList>

#include "common/Settings.h"

namespace oneshot::train {

/// The weight of each term of the training loss (0: the term is off). The terms themselves, and
/// the description of each weight, live together in Loss.cpp: adding a term is one member here
/// and one block there; its config key, CLI override, form row and metrics column follow.
struct LossConfig
{
    /// Binary cross-entropy of the sampled pairs (Koch's loss).
    double pairBce = 1.0;
    /// Every left image of the batch against every right image of another character, as a
    /// negative: the head, which is cheap, scores N^2 pairs instead of N.
    double batchNegatives = 0.0;
    /// A one-shot loss over the batch: each same pair's left image must pick its partner among
    /// all the batch's right images, and the other way round (softmax cross-entropy over the
    /// head's logits; other images of the same character left out).
    double batchSoftmax = 0.0;

    static const SettingList<LossConfig> &settings();
    QJsonObject toJson() const;
    /// Throws Error naming the key at fault.
    static LossConfig fromJson(const QJsonObject &json);
    /// Whether any term needs the batch's cross pairs (every left against every right image).
    bool usesCrossPairs() const { return batchNegatives > 0 || batchSoftmax > 0; }
    bool operator==(const LossConfig &o) const { return toJson() == o.toJson(); }
};

/// The terms' names in the order of LossConfig::settings(): metrics.csv's loss_<name> columns
/// and the loss chart's curves.
QStringList lossTermNames();

} // namespace oneshot::train
