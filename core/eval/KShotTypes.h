#pragma once

#include <cstdint>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

// The K-shot and classification types without LibTorch, for the GUI's headers.
namespace oneshot::eval {

/// How a character given by several images (K-shot) is scored against a query.
enum class KShotMode {
    MeanScore,     ///< the mean of the head's logits against each of its images
    MeanEmbedding, ///< the logit against the mean of its images' embeddings
};

/// "mean-score", "mean-embedding".
QString kShotModeName(KShotMode mode);
QStringList kShotModeNames();
/// Throws Error naming the value and the choices.
KShotMode kShotModeFromName(const QString &name);

/// One point of accuracy against the number of candidates: N-way K-shot tasks scored.
struct WaysPoint
{
    int ways = 0;
    int shots = 1;
    int correct = 0;
    int trials = 0;
    double accuracy() const { return trials > 0 ? double(correct) / trials : 0.0; }
};

struct WaysCurveOptions
{
    std::vector<int> ways{5, 10, 20, 30, 40, 50};
    std::vector<int> shots{1, 5};
    int trials = 200; ///< per point
    /// Distractors from other alphabets: the only way to 50 candidates, as an evaluation
    /// alphabet has 20 to 47 characters. Within an alphabet, N is capped at its size.
    bool withinAlphabet = false;
    std::uint64_t seed = 1;
    KShotMode mode = KShotMode::MeanEmbedding;
    int views = 1; ///< test-time views per image (see embedImages)
};

/// ways,shots,correct,trials,accuracy: one row per point.
QString waysCurveCsv(const std::vector<WaysPoint> &points);
/// Reads waysCurveCsv's output; throws Error naming the line at fault.
std::vector<WaysPoint> parseWaysCurveCsv(const QByteArray &csv);

/// A confusion matrix ([truth][prediction] counts over `characters`) as CSV: a header of
/// predictions, a row per truth.
QString confusionCsv(const QStringList &characters, const std::vector<std::vector<int>> &confusion);

} // namespace oneshot::eval
