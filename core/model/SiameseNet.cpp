#include "model/SiameseNet.h"

#include "model/FirstConv.h"

namespace oneshot::model {

EmbeddingNetImpl::EmbeddingNetImpl(const ModelSpec &spec)
    : m_spec(spec)
{
    int in = 1;
    for (std::size_t i = 0; i < spec.convs.size(); ++i) {
        const ConvLayer &c = spec.convs[i];
        auto conv = torch::nn::Conv2d(torch::nn::Conv2dOptions(in, c.channels, c.kernel).bias(true));
        m_convs.push_back(register_module("conv" + std::to_string(i + 1), conv));
        if (spec.batchNorm)
            m_norms.push_back(register_module("bn" + std::to_string(i + 1), torch::nn::BatchNorm2d(c.channels)));
        in = c.channels;
    }
    m_fc = register_module("fc", torch::nn::Linear(spec.flattenSize(), spec.embedding));
}

namespace {

/// Batch norm in training mode with the statistics of all ranks' batches: the per-channel sums
/// of x and x^2 and the count, summed over the ranks (in double, then as BatchNorm2d: the biased
/// variance normalises, the unbiased one goes into the running variance).
torch::Tensor synchronisedNorm(const torch::Tensor &x, torch::nn::BatchNorm2d &bn,
                               const EmbeddingNetImpl::RankSum &rankSum)
{
    const torch::Tensor xf = x.to(torch::kFloat);
    const double local = static_cast<double>(x.size(0)) * x.size(2) * x.size(3);
    const torch::Tensor count = torch::full({1}, local, x.options().dtype(torch::kDouble));
    const torch::Tensor stats = rankSum(
        torch::cat({xf.sum({0, 2, 3}, false, torch::kDouble), (xf * xf).sum({0, 2, 3}, false, torch::kDouble), count}));
    const long channels = x.size(1);
    const torch::Tensor n = stats[2 * channels];
    const torch::Tensor mean = stats.narrow(0, 0, channels) / n;
    const torch::Tensor var = (stats.narrow(0, channels, channels) / n - mean * mean).clamp_min(0.0);
    {
        torch::NoGradGuard noGrad;
        const double m = bn->options.momentum().value_or(0.1);
        bn->running_mean.mul_(1 - m).add_(mean.to(torch::kFloat), m);
        bn->running_var.mul_(1 - m).add_((var * n / (n - 1).clamp_min(1.0)).to(torch::kFloat), m);
        bn->num_batches_tracked.add_(1);
    }
    const torch::Tensor scale = (var + bn->options.eps()).rsqrt().to(torch::kFloat) * bn->weight;
    const torch::Tensor shift = bn->bias - mean.to(torch::kFloat) * scale;
    return (xf * scale.view({1, channels, 1, 1}) + shift.view({1, channels, 1, 1})).to(x.scalar_type());
}

} // namespace

torch::Tensor EmbeddingNetImpl::forward(torch::Tensor x)
{
    return run(std::move(x), nullptr);
}

torch::Tensor EmbeddingNetImpl::forward(torch::Tensor x, std::vector<torch::Tensor> &activations)
{
    return run(std::move(x), &activations);
}

torch::Tensor EmbeddingNetImpl::run(torch::Tensor x, std::vector<torch::Tensor> *activations)
{
    for (std::size_t i = 0; i < m_convs.size(); ++i) {
        torch::nn::Conv2d &conv = m_convs[i];
        // One copy into channels-last at the second layer's input, where the first layer's output
        // has been pooled to a quarter: every later layer then reads and writes NHWC, and
        // flatten() below copies back into the NCHW order the FC layer's weights expect.
        if (i == 1 && m_channelsLast && x.is_cpu() && x.dim() == 4)
            x = x.contiguous(torch::MemoryFormat::ChannelsLast);
        if (i == 0 && singleChannelConvApplies(x, conv->weight))
            x = singleChannelConv(x, conv->weight, conv->bias);
        else
            x = conv->forward(x);
        if (!m_norms.empty())
            x = m_rankSum && is_training() ? synchronisedNorm(x, m_norms[i], m_rankSum) : m_norms[i]->forward(x);
        // ReLU commutes with max pooling, so pooling first leaves ReLU a quarter of the values,
        // forward and backward; the activation maps are taken after ReLU, before pooling.
        const bool pool = m_spec.convs[i].pool;
        if (pool && !activations)
            x = torch::max_pool2d(x, 2);
        x = torch::relu(x);
        if (activations) {
            activations->push_back(x);
            if (pool)
                x = torch::max_pool2d(x, 2);
        }
    }
    x = x.flatten(1);
    return torch::sigmoid(m_fc->forward(x));
}

SiameseNetImpl::SiameseNetImpl(const ModelSpec &spec)
    : m_spec(spec)
{
    m_twin = register_module("twin", EmbeddingNet(spec));
    m_head = register_module("head", torch::nn::Linear(spec.embedding, 1));
    if (spec.init == QLatin1String("koch"))
        initialise();
}

torch::Tensor SiameseNetImpl::score(const torch::Tensor &h1, const torch::Tensor &h2)
{
    return m_head->forward(torch::abs(h1 - h2)).squeeze(-1);
}

torch::Tensor SiameseNetImpl::forward(torch::Tensor left, torch::Tensor right)
{
    // One pass through the twin for both sides: one larger GEMM is faster than two.
    const auto n = left.size(0);
    const torch::Tensor h = m_twin->forward(torch::cat({left, right}, 0));
    return score(h.narrow(0, 0, n), h.narrow(0, n, n));
}

long long SiameseNetImpl::parameterCount() const
{
    long long n = 0;
    for (const auto &p : parameters())
        n += p.numel();
    return n;
}

void SiameseNetImpl::initialise(torch::Generator *generator)
{
    torch::NoGradGuard noGrad;
    const auto gen = generator ? c10::optional<torch::Generator>(*generator) : c10::nullopt;
    for (int i = 0; i < m_twin->convCount(); ++i) {
        auto conv = m_twin->conv(i);
        conv->weight.normal_(0.0, 1e-2, gen);
        conv->bias.normal_(0.5, 1e-2, gen);
    }
    for (torch::nn::Linear linear : {m_twin->fc(), m_head}) {
        linear->weight.normal_(0.0, 2e-1, gen);
        linear->bias.normal_(0.5, 1e-2, gen);
    }
}

FilterSnapshot filtersOf(const SiameseNet &net)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor w = net->twin()->conv(0)->weight.detach().to(torch::kCPU).contiguous();
    FilterSnapshot f;
    f.out = static_cast<int>(w.size(0));
    f.in = static_cast<int>(w.size(1));
    f.kernel = static_cast<int>(w.size(2));
    f.weights.assign(w.data_ptr<float>(), w.data_ptr<float>() + w.numel());
    return f;
}

} // namespace oneshot::model
