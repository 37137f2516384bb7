#include "train/Validation.h"

#include <cmath>

#include "common/Random.h"
#include "eval/Evaluator.h"

namespace oneshot::train {

Validation::Validation(const TrainConfig &cfg, const data::Omniglot &data, const data::Protocol &protocol)
{
    const data::Subset subset = data::selectSubset(data, protocol.validation);
    m_pairs = data::sampleVerificationPairs(data, subset, std::max(2, cfg.validationPairs), deriveSeed(cfg.seed, 1));
    if (cfg.validationTrials > 0) {
        data::TaskSamplingOptions o;
        o.ways = cfg.validationWays;
        o.trials = cfg.validationTrials;
        o.withinAlphabet = !protocol.crossAlphabetTasks;
        o.seed = deriveSeed(cfg.seed, 2);
        m_tasks = data::sampleTasks(data, subset, o);
    }
}

EpochMetrics Validation::score(model::SiameseNet &net, const torch::Device &device, double *spread) const
{
    EpochMetrics m;
    const eval::VerificationResult v = eval::evaluateVerification(net, m_pairs, device);
    m.valLoss = v.loss;
    m.valAccAtHalf = v.accuracyAtHalf;
    m.valAccTuned = v.accuracyTuned;
    m.valThreshold = v.tunedThreshold;
    if (!m_tasks.trials.empty())
        m.valOneShot = eval::evaluateOneShot(net, m_tasks, device).accuracy();
    if (spread)
        *spread = v.scoreStd;
    return m;
}

EarlyStopping::EarlyStopping(QString metric, int patience)
    : m_metric(std::move(metric))
    , m_patience(patience)
{
}

double EarlyStopping::valueOf(const EpochMetrics &m) const
{
    if (m_metric == QLatin1String("val_loss"))
        return m.valLoss;
    if (m_metric == QLatin1String("val_acc_tuned"))
        return m.valAccTuned;
    if (m_metric == QLatin1String("val_acc_05"))
        return m.valAccAtHalf;
    return m.valOneShot;
}

bool EarlyStopping::higherIsBetter() const
{
    return m_metric != QLatin1String("val_loss");
}

bool EarlyStopping::record(EpochMetrics &m, CheckpointState &st) const
{
    const double value = valueOf(m);
    const bool better
        = !std::isnan(value) && (!st.hasBest || (higherIsBetter() ? value > st.bestMetric : value < st.bestMetric));
    if (better) {
        st.bestMetric = value;
        st.hasBest = true;
        st.badEpochs = 0;
        st.bestFigures = figures(m);
        m.best = true;
    } else {
        st.badEpochs++;
    }
    return better;
}

bool EarlyStopping::exhausted(const CheckpointState &st) const
{
    return m_patience > 0 && st.badEpochs >= m_patience;
}

QJsonObject EarlyStopping::figures(const EpochMetrics &m)
{
    return {{QStringLiteral("epoch"), m.epoch},
            {QStringLiteral("step"), static_cast<double>(m.step)},
            {QStringLiteral("val_loss"), m.valLoss},
            {QStringLiteral("val_acc_05"), m.valAccAtHalf},
            {QStringLiteral("val_acc_tuned"), m.valAccTuned},
            {QStringLiteral("val_threshold"), m.valThreshold},
            {QStringLiteral("val_oneshot"), m.valOneShot}};
}

} // namespace oneshot::train
