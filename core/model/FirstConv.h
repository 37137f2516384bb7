#pragma once

#include <torch/torch.h>

namespace oneshot::model {

/// The first layer of every preset sees one input channel: a valid (unpadded, stride 1)
/// convolution of [N, 1, H, W] with [C, 1, K, K]. LibTorch's CPU kernels handle that shape
/// badly (about 10-40 GFLOP/s forward and 10-15 GFLOP/s for the weight gradient on two AVX2
/// cores, a tenth of what they reach on the other layers), so this computes it directly:
/// register-blocked over 8 output channels and 8 columns, with an AVX2/FMA clone picked at
/// run time. The results do not depend on the thread count.

/// True when singleChannelConv() can run this layer (CPU, float32, one input channel, input
/// that needs no gradient, output at least 8 columns wide, no autocast: under bf16 autocast
/// oneDNN's bf16 convolution is faster).
bool singleChannelConvApplies(const torch::Tensor &input, const torch::Tensor &weight);

/// conv2d(input, weight, bias) with the gradients of weight and bias when they require them.
torch::Tensor singleChannelConv(const torch::Tensor &input, const torch::Tensor &weight, const torch::Tensor &bias);

} // namespace oneshot::model
