#pragma once

#include <vector>

#include <QString>

#include <opencv2/core.hpp>

#include "export/FilterGrid.h"
#include "model/SiameseNet.h"

namespace oneshot::exporting {

/// The maps of every conv layer for `image` (CV_8U, ink dark; resized to the input).
std::vector<LayerMaps> activationMaps(model::SiameseNet &net, const cv::Mat &image);

/// Writes a folder PyTorch users can load: weights.pt (a state dict that torch.load reads),
/// spec.json and model.py (rebuilds the net; `load(folder)` returns it in eval mode).
void exportPython(model::SiameseNet &net, const QString &folder);

/// Writes an image as PNG; throws Error naming the file.
void writePng(const QString &path, const cv::Mat &image);

} // namespace oneshot::exporting
