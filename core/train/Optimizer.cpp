#include "train/Optimizer.h"

#include <algorithm>

namespace oneshot::train {

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(model::SiameseNet &net, const OptimizerConfig &oc)
{
    const double headLr = oc.effectiveHeadLr();
    const double headWd = oc.effectiveHeadWeightDecay();
    std::vector<std::vector<torch::Tensor>> layers;
    for (const auto &child : net->twin()->named_children()) {
        std::vector<torch::Tensor> ps;
        for (const auto &p : child.value()->parameters())
            ps.push_back(p);
        if (child.key().rfind("bn", 0) == 0 && !layers.empty())
            layers.back().insert(layers.back().end(), ps.begin(), ps.end());
        else
            layers.push_back(ps);
    }
    const std::vector<torch::Tensor> head = net->head()->parameters();
    std::vector<torch::optim::OptimizerParamGroup> groups;
    if (oc.kind == QLatin1String("sgd")) {
        const auto sgd = [&oc](double lr, double wd) {
            return std::make_unique<torch::optim::SGDOptions>(
                torch::optim::SGDOptions(lr).momentum(oc.momentumStart).weight_decay(wd));
        };
        for (auto &ps : layers)
            groups.emplace_back(ps, sgd(oc.lr, oc.weightDecay));
        groups.emplace_back(head, sgd(headLr, headWd));
        return std::make_unique<torch::optim::SGD>(groups, torch::optim::SGDOptions(oc.lr));
    }
    std::vector<torch::Tensor> twin;
    for (auto &ps : layers)
        twin.insert(twin.end(), ps.begin(), ps.end());
    const auto adam = [](double lr, double wd) {
        return std::make_unique<torch::optim::AdamOptions>(torch::optim::AdamOptions(lr).weight_decay(wd));
    };
    groups.emplace_back(twin, adam(oc.lr, oc.weightDecay));
    groups.emplace_back(head, adam(headLr, headWd));
    return std::make_unique<torch::optim::Adam>(groups, torch::optim::AdamOptions(oc.lr));
}

void setMomentumForEpoch(torch::optim::Optimizer &optimizer, const OptimizerConfig &oc, int epoch)
{
    if (oc.kind != QLatin1String("sgd"))
        return;
    const double t = oc.momentumEpochs > 0 ? std::min(1.0, epoch / double(oc.momentumEpochs)) : 1.0;
    const double momentum = oc.momentumStart + (oc.momentumEnd - oc.momentumStart) * t;
    for (auto &g : optimizer.param_groups())
        static_cast<torch::optim::SGDOptions &>(g.options()).momentum(momentum);
}

LrScaler::LrScaler(torch::optim::Optimizer &optimizer)
    : m_optimizer(optimizer)
{
    for (auto &g : optimizer.param_groups())
        m_base.push_back(g.options().get_lr());
}

void LrScaler::setFactor(double factor)
{
    auto &groups = m_optimizer.param_groups();
    for (std::size_t g = 0; g < groups.size(); ++g)
        groups[g].options().set_lr(m_base[g] * factor);
}

double LrScaler::current() const
{
    return m_optimizer.param_groups().front().options().get_lr();
}

} // namespace oneshot::train
