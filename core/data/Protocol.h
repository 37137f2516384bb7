#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "data/Omniglot.h"

namespace oneshot::data {

/// One part of a split: which alphabets, and which drawers of them.
struct SplitPart
{
    QStringList alphabets;
    std::vector<int> drawers; ///< 1-based drawer numbers
};

/// A protocol of DESIGN.md section 3: where a network trains, where it is selected and where it
/// is tested. Numbers are only comparable within one protocol.
struct Protocol
{
    QString name; ///< "lake", "koch" or "seed"
    QString description;
    SplitPart train;
    SplitPart validation;
    SplitPart test;
    /// The one-shot test is Lake's 20 runs (all_runs.zip), not sampled tasks.
    bool oneShotTestIsLakeRuns = true;
    /// Sampled one-shot tasks draw distractors across alphabets (else within one alphabet).
    bool crossAlphabetTasks = false;
    /// The sets the protocol needs loaded.
    Omniglot::Sets sets = Omniglot::Both;

    /// "lake", "koch" or "seed"; throws Error naming the value otherwise.
    static Protocol byName(const QString &name);
    static QStringList names();
};

/// The 10 evaluation alphabets of Lake's 20 runs.
QStringList lakeRunAlphabets();
/// The 10 evaluation alphabets Koch added to the 30 background alphabets.
QStringList kochExtraAlphabets();
/// All 20 evaluation alphabets with all their drawers: where sampled N-way K-shot tasks are drawn.
SplitPart evaluationPart();
/// The 30 background alphabets in the official order.
QStringList backgroundAlphabets();

/// Characters of a split part, grouped by alphabet, with the image indices of the allowed drawers.
struct Subset
{
    struct Group
    {
        int alphabet = 0;                     ///< index into Omniglot::alphabets()
        std::vector<int> characters;          ///< indices into Omniglot::characters()
        std::vector<std::vector<int>> images; ///< per character, image indices
    };
    std::vector<Group> groups;

    int characterCount() const;
    int imageCount() const;
    /// All image indices, in order.
    std::vector<int> allImages() const;
};

/// Selects a split part from loaded data; throws Error naming a missing alphabet.
Subset selectSubset(const Omniglot &data, const SplitPart &part);

} // namespace oneshot::data
