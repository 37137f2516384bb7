#pragma once

#include <QString>

#include <torch/torch.h>

namespace oneshot::model {

/// The device for a "device" setting: "cuda" (refused with a message when this LibTorch has no
/// CUDA or no GPU is visible), "cpu", or "auto" (CUDA when there is one, else the CPU).
torch::Device chooseDevice(const QString &wanted);

} // namespace oneshot::model
