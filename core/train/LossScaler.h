#pragma once

#include <vector>

#include <QJsonObject>

#include <torch/torch.h>

namespace oneshot::train {

/// Dynamic loss scaling for float16 training, by the rule of PyTorch's GradScaler: the loss is
/// multiplied by a scale before the backward pass, so that small gradients do not flush to zero
/// in float16; the gradients are divided by it before the step; a step whose gradients hold an
/// infinity or NaN is skipped and the scale halved; after `growthInterval` good steps in a row
/// the scale doubles. Disabled (fp32, bf16, whose range is fp32's), it changes nothing.
class LossScaler
{
public:
    explicit LossScaler(bool enabled, double initialScale = 65536.0, int growthInterval = 2000);

    bool enabled() const { return m_enabled; }
    double scale() const { return m_scale; }
    /// The loss to call backward() on.
    torch::Tensor scaled(const torch::Tensor &loss) const;
    /// Divides the gradients by the scale; false when one of them is not finite: skip the step.
    bool unscale(const std::vector<torch::Tensor> &parameters) const;
    /// After each step (taken or skipped): halves the scale after a skipped one, doubles it after
    /// `growthInterval` good ones in a row.
    void update(bool stepTaken);

    /// The state a checkpoint keeps, so that a resumed fp16 run scales as it would have.
    QJsonObject state() const;
    void setState(const QJsonObject &state);

private:
    bool m_enabled;
    double m_scale;
    int m_growthInterval;
    int m_goodSteps = 0;
};

} // namespace oneshot::train
