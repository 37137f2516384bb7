#pragma once

#include <cstdint>
#include <vector>

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include "data/Protocol.h"

namespace oneshot::data {

/// One N-way one-shot trial: a query and N candidates, one of which is the query's character.
struct OneShotTrial
{
    int run = 0;                 ///< the run (or 0 for sampled tasks)
    int query = 0;               ///< index into OneShotTaskSet::images
    std::vector<int> candidates; ///< indices into OneShotTaskSet::images
    int answer = 0;              ///< position of the true match in candidates
    /// K-shot trials: per candidate, its other K-1 images (from other drawers than the query's
    /// and each other's); empty for one-shot trials.
    std::vector<std::vector<int>> moreShots;
};

/// A set of one-shot trials with the images they use (each image stored once).
struct OneShotTaskSet
{
    QString source;
    std::vector<cv::Mat> images; ///< CV_8U, ink dark on white
    QStringList imageNames;
    std::vector<OneShotTrial> trials;
    int runCount = 0;
    /// What the sampling could not do as asked (an alphabet with fewer characters than ways),
    /// for the log.
    QStringList notes;

    int ways() const { return trials.empty() ? 0 : static_cast<int>(trials.front().candidates.size()); }
};

/// Loads run sets in Lake's format from a zip or a folder: runNN/class_labels.txt (lines
/// "runNN/test/itemMM.png runNN/training/classKK.png"), runNN/test/*.png, runNN/training/*.png.
/// Any number of runs and any N. Images are converted to grey; any size is accepted.
/// Throws Error naming the file or line at fault.
OneShotTaskSet loadRunSet(const QString &zipOrFolder);

struct TaskSamplingOptions
{
    int ways = 20;
    int trials = 400;
    bool withinAlphabet = true; ///< distractors from the query's alphabet (Lake), else across
    std::uint64_t seed = 1;
    /// Images per candidate character (K-shot); 1: one-shot. The first of them is the candidate,
    /// the others are in OneShotTrial::moreShots. One-shot trials are drawn as they always were.
    int shots = 1;
};

/// Samples N-way tasks from a subset: query and candidates come from two different drawers, the
/// true match at a random position. Within-alphabet trials never borrow distractors from another
/// alphabet: an alphabet with fewer characters than ways gets trials with all its characters as
/// candidates (fewer ways), said in `notes`.
OneShotTaskSet sampleTasks(const Omniglot &data, const Subset &subset, const TaskSamplingOptions &options);

/// Verification pairs (half same, half different) for measuring verification accuracy.
struct VerificationSet
{
    std::vector<cv::Mat> images;
    std::vector<std::pair<int, int>> pairs;
    std::vector<int> labels; ///< 1 same, 0 different
};

VerificationSet sampleVerificationPairs(const Omniglot &data, const Subset &subset, int count, std::uint64_t seed);

} // namespace oneshot::data
