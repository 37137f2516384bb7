#include "train/LossScaler.h"

#include <cmath>

namespace oneshot::train {

LossScaler::LossScaler(bool enabled, double initialScale, int growthInterval)
    : m_enabled(enabled)
    , m_scale(enabled ? initialScale : 1.0)
    , m_growthInterval(growthInterval)
{
}

torch::Tensor LossScaler::scaled(const torch::Tensor &loss) const
{
    return m_enabled ? loss * m_scale : loss;
}

bool LossScaler::unscale(const std::vector<torch::Tensor> &parameters) const
{
    if (!m_enabled)
        return true;
    torch::NoGradGuard noGrad;
    bool finite = true;
    for (const torch::Tensor &p : parameters) {
        torch::Tensor g = p.grad();
        if (!g.defined())
            continue;
        g.div_(m_scale);
        finite = finite && torch::isfinite(g).all().item<bool>();
    }
    return finite;
}

void LossScaler::update(bool stepTaken)
{
    if (!m_enabled)
        return;
    if (!stepTaken) {
        m_scale = std::max(m_scale / 2, 1.0);
        m_goodSteps = 0;
    } else if (++m_goodSteps >= m_growthInterval) {
        m_scale *= 2;
        m_goodSteps = 0;
    }
}

QJsonObject LossScaler::state() const
{
    return {{QStringLiteral("scale"), m_scale}, {QStringLiteral("good_steps"), m_goodSteps}};
}

void LossScaler::setState(const QJsonObject &state)
{
    if (!m_enabled || state.isEmpty())
        return;
    const double scale = state.value(QStringLiteral("scale")).toDouble();
    if (std::isfinite(scale) && scale >= 1)
        m_scale = scale;
    m_goodSteps = std::max(0, state.value(QStringLiteral("good_steps")).toInt());
}

} // namespace oneshot::train
