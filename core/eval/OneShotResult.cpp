#include "eval/OneShotResult.h"

#include <map>

namespace oneshot::eval {

std::vector<double> OneShotResult::perRunAccuracy() const
{
    std::map<int, std::pair<int, int>> byRun;
    for (int t = 0; t < trials; ++t) {
        auto &[right, total] = byRun[runOfTrial.empty() ? 0 : runOfTrial[t]];
        right += picks[t] == answers[t];
        ++total;
    }
    std::vector<double> acc;
    for (const auto &[run, counts] : byRun)
        acc.push_back(static_cast<double>(counts.first) / counts.second);
    return acc;
}

QJsonObject OneShotResult::toJson() const
{
    return {{QStringLiteral("method"), method},       {QStringLiteral("runs"), runs},
            {QStringLiteral("trials"), trials},       {QStringLiteral("correct"), correct},
            {QStringLiteral("accuracy"), accuracy()}, {QStringLiteral("error_percent"), 100.0 * (1.0 - accuracy())}};
}

void decide(OneShotResult &result)
{
    result.trials = static_cast<int>(result.scores.size());
    result.picks.assign(result.trials, -1);
    result.correct = 0;
    for (int t = 0; t < result.trials; ++t) {
        const auto &s = result.scores[t];
        int best = 0;
        for (int c = 1; c < static_cast<int>(s.size()); ++c) {
            if (s[c] > s[best])
                best = c;
        }
        int ties = 0;
        for (float v : s)
            ties += v == s[best];
        result.picks[t] = ties > 1 ? -1 : best;
        result.correct += result.picks[t] == result.answers[t];
    }
}

} // namespace oneshot::eval
