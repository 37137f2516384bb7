#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <torch/torch.h>

#include "data/CharacterFolder.h"
#include "eval/KShot.h"
#include "model/SiameseNet.h"

namespace oneshot::eval {

/// Queries ranked against the characters of a support set (a user's own alphabet).
struct Classification
{
    QStringList characters;                 ///< the support set's
    QStringList queryNames;                 ///< per query
    std::vector<std::vector<float>> scores; ///< per query, one logit per character
    std::vector<int> predictions;           ///< per query, the best-scoring character
    std::vector<int> truths;                ///< per query, its character, or -1 if unlabelled
    /// [truth][prediction] counts over the labelled queries.
    std::vector<std::vector<int>> confusion;
    int labelled = 0;
    int correct = 0;

    double accuracy() const { return labelled ? static_cast<double>(correct) / labelled : 0.0; }
    /// Character indices of one query, best first.
    std::vector<int> ranking(int query) const;
    /// The confusion matrix as CSV: a header of predictions, a row per truth.
    QString confusionCsv() const;
};

/// Ranks every query image against the support set's characters. Queries in a character folder
/// are labelled by it and must name a character of the support set (else Error naming it).
Classification classify(model::SiameseNet &net, const data::CharacterFolder &support,
                        const data::CharacterFolder &queries, const torch::Device &device, KShotMode mode);

} // namespace oneshot::eval
