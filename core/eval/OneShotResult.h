#pragma once

#include <vector>

#include <QJsonObject>
#include <QString>

namespace oneshot::eval {

/// The outcome of a set of N-way one-shot trials. Higher scores mean "more alike".
struct OneShotResult
{
    QString method;
    int runs = 0;
    int trials = 0;
    int correct = 0;
    std::vector<int> picks;                 ///< per trial, the chosen candidate (-1: a tie)
    std::vector<int> answers;               ///< per trial, the true candidate
    std::vector<std::vector<float>> scores; ///< per trial, one score per candidate
    std::vector<int> runOfTrial;

    double accuracy() const { return trials ? static_cast<double>(correct) / trials : 0.0; }
    /// Accuracy per run, in run order.
    std::vector<double> perRunAccuracy() const;
    /// {"runs", "trials", "correct", "accuracy", "error_percent", "method"}.
    QJsonObject toJson() const;
};

/// Picks the best-scoring candidate of each trial; a tie for the top score counts as wrong
/// (a constant-output model must not score).
void decide(OneShotResult &result);

} // namespace oneshot::eval
