#pragma once

#include <functional>
#include <vector>

#include <torch/torch.h>

#include "model/FilterSnapshot.h"
#include "model/ModelSpec.h"

namespace oneshot::model {

/// One twin: the conv blocks of a ModelSpec, then flatten -> FC -> sigmoid.
class EmbeddingNetImpl : public torch::nn::Module
{
public:
    explicit EmbeddingNetImpl(const ModelSpec &spec);

    /// [N, 1, S, S] -> [N, embedding].
    torch::Tensor forward(torch::Tensor x);
    /// The same, also handing out each conv block's output after ReLU (before pooling), since
    /// the C++ API has no forward hooks.
    torch::Tensor forward(torch::Tensor x, std::vector<torch::Tensor> &activations);

    const ModelSpec &spec() const { return m_spec; }
    torch::nn::Conv2d conv(int i) const { return m_convs[i]; }
    int convCount() const { return static_cast<int>(m_convs.size()); }
    torch::nn::Linear fc() const { return m_fc; }

    /// Sums a tensor over the ranks of a data-parallel run, differentiably.
    using RankSum = std::function<torch::Tensor(const torch::Tensor &)>;
    /// With a sum, batch norm in training mode normalises with the statistics of the whole
    /// batch of all ranks, and keeps those in its running statistics (synchronised batch norm);
    /// without, each rank's own. Eval mode is unchanged.
    void synchroniseNorms(RankSum sum) { m_rankSum = std::move(sum); }

    /// On the CPU the layers after the first run on channels-last (NHWC) activations: faster for
    /// the small presets, about the same for koch2015 (README, Results); the embeddings are the
    /// same up to rounding. On by default; off runs every layer in NCHW.
    void setChannelsLast(bool on) { m_channelsLast = on; }

private:
    torch::Tensor run(torch::Tensor x, std::vector<torch::Tensor> *activations);

    ModelSpec m_spec;
    std::vector<torch::nn::Conv2d> m_convs;
    std::vector<torch::nn::BatchNorm2d> m_norms;
    torch::nn::Linear m_fc{nullptr};
    RankSum m_rankSum;
    bool m_channelsLast = true;
};
TORCH_MODULE(EmbeddingNet);

/// The Siamese network: two shared twins and an L1 head that gives one logit per pair.
class SiameseNetImpl : public torch::nn::Module
{
public:
    explicit SiameseNetImpl(const ModelSpec &spec);

    /// Logits of "same" for pairs ([N,1,S,S] each) -> [N].
    torch::Tensor forward(torch::Tensor left, torch::Tensor right);
    torch::Tensor embed(torch::Tensor x) { return m_twin->forward(std::move(x)); }
    /// Logits from two batches of embeddings ([N,E] each).
    torch::Tensor score(const torch::Tensor &h1, const torch::Tensor &h2);

    EmbeddingNet twin() const { return m_twin; }
    torch::nn::Linear head() const { return m_head; }
    const ModelSpec &spec() const { return m_spec; }
    long long parameterCount() const;

    /// Initialises as Koch et al.: conv weights N(0, 1e-2), FC weights N(0, 2e-1), biases
    /// N(0.5, 1e-2) (the second number a standard deviation). "default" keeps LibTorch's.
    void initialise(torch::Generator *generator = nullptr);

private:
    ModelSpec m_spec;
    EmbeddingNet m_twin{nullptr};
    torch::nn::Linear m_head{nullptr};
};
TORCH_MODULE(SiameseNet);

/// The first-layer filters of a model as a value (for the filter grids and the GUI).
FilterSnapshot filtersOf(const SiameseNet &net);

} // namespace oneshot::model
