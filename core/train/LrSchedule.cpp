#include "train/LrSchedule.h"

#include <algorithm>
#include <cmath>

namespace oneshot::train {

LrSchedule::LrSchedule(const SchedulerConfig &config, double maxLr, int runEpochs)
    : m_config(config)
    , m_maxLr(maxLr)
    , m_runEpochs(runEpochs)
{
}

bool LrSchedule::perBatch() const
{
    return m_config.kind == QLatin1String("triangular") || m_config.kind == QLatin1String("triangular2");
}

double LrSchedule::runProgress(long long step, int epochs, long long stepsPerEpoch, double seconds,
                               double budgetSeconds)
{
    const long long total = static_cast<long long>(std::max(1, epochs)) * std::max(1LL, stepsPerEpoch);
    double p = static_cast<double>(step) / static_cast<double>(total);
    if (budgetSeconds > 0)
        p = std::max(p, seconds / budgetSeconds);
    return std::clamp(p, 0.0, 1.0);
}

double LrSchedule::factor(long long step, int epoch, double progress) const
{
    const QString &k = m_config.kind;
    if (k == QLatin1String("exponential_run"))
        return std::pow(m_config.finalFactor, std::clamp(progress, 0.0, 1.0));
    if (k == QLatin1String("step"))
        return std::pow(m_config.gamma, std::floor(epoch / static_cast<double>(m_config.stepSize)));
    if (k == QLatin1String("exponential"))
        return std::pow(m_config.gamma, epoch);
    if (k == QLatin1String("cosine")) {
        const int tMax = m_config.totalEpochs > 0 ? m_config.totalEpochs : std::max(1, m_runEpochs);
        const double minFactor = m_config.minLr / m_maxLr;
        return minFactor + (1.0 - minFactor) * (1.0 + std::cos(M_PI * std::min(epoch, tMax) / tMax)) / 2.0;
    }
    if (perBatch()) {
        // torch.optim.lr_scheduler.CyclicLR: cycle = floor(1 + it / (2 * step_size)),
        // x = |it / step_size - 2 * cycle + 1|, lr = base + (max - base) * max(0, 1 - x) * scale.
        const double s = m_config.stepSize;
        const double cycle = std::floor(1.0 + step / (2.0 * s));
        const double x = std::abs(step / s - 2.0 * cycle + 1.0);
        const double scale = k == QLatin1String("triangular2") ? 1.0 / std::pow(2.0, cycle - 1.0) : 1.0;
        const double lr = m_config.baseLr + (m_maxLr - m_config.baseLr) * std::max(0.0, 1.0 - x) * scale;
        return lr / m_maxLr;
    }
    if (k == QLatin1String("plateau"))
        return m_plateauFactor;
    return 1.0;
}

void LrSchedule::epochEnd(double metric, bool higherIsBetter)
{
    if (m_config.kind != QLatin1String("plateau") || std::isnan(metric))
        return;
    // ReduceLROnPlateau with threshold_mode 'rel' and cooldown 0.
    const double t = m_config.threshold;
    const bool better = !m_hasBest || (higherIsBetter ? metric > m_best * (1.0 + t) : metric < m_best * (1.0 - t));
    if (better) {
        m_best = metric;
        m_hasBest = true;
        m_bad = 0;
    } else if (++m_bad > m_config.patience) {
        const double oldLr = m_maxLr * m_plateauFactor;
        const double newLr = std::max(oldLr * m_config.gamma, m_config.minLr);
        if (oldLr - newLr > 1e-8)
            m_plateauFactor = newLr / m_maxLr;
        m_bad = 0;
    }
}

QJsonObject LrSchedule::state() const
{
    return {{QStringLiteral("plateau_factor"), m_plateauFactor},
            {QStringLiteral("best"), m_best},
            {QStringLiteral("has_best"), m_hasBest},
            {QStringLiteral("bad_epochs"), m_bad}};
}

void LrSchedule::setState(const QJsonObject &state)
{
    m_plateauFactor = state.value(QStringLiteral("plateau_factor")).toDouble(1.0);
    m_best = state.value(QStringLiteral("best")).toDouble();
    m_hasBest = state.value(QStringLiteral("has_best")).toBool();
    m_bad = state.value(QStringLiteral("bad_epochs")).toInt();
}

} // namespace oneshot::train
