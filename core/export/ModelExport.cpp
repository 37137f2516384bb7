#include "export/ModelExport.h"

#include "data/ImageDecode.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include "common/AtomicFile.h"
#include "common/Error.h"
#include "eval/Evaluator.h"

namespace oneshot::exporting {

namespace {

const char *const kModelPy = R"PY("""Rebuilds a Siamese network exported by Oneshot Studio, in plain PyTorch.

    import model
    net = model.load("export-folder")          # eval mode
    p = torch.sigmoid(net(x1, x2))             # x: [N, 1, S, S] floats, ink 1, paper 0

Inputs are grey images resized to spec["input_side"] (area interpolation), ink 1.0, paper 0.0.
"""
import json
import os

import torch
import torch.nn as nn
import torch.nn.functional as F


class Twin(nn.Module):
    def __init__(self, spec):
        super().__init__()
        self.spec = spec
        channels, side = 1, spec["input_side"]
        for i, layer in enumerate(spec["convs"], start=1):
            self.add_module("conv%d" % i, nn.Conv2d(channels, layer["channels"], layer["kernel"]))
            if spec["batch_norm"]:
                self.add_module("bn%d" % i, nn.BatchNorm2d(layer["channels"]))
            channels = layer["channels"]
            side = side - layer["kernel"] + 1
            if layer["pool"]:
                side //= 2
        self.fc = nn.Linear(channels * side * side, spec["embedding"])

    def forward(self, x, activations=None):
        for i, layer in enumerate(self.spec["convs"], start=1):
            x = getattr(self, "conv%d" % i)(x)
            if self.spec["batch_norm"]:
                x = getattr(self, "bn%d" % i)(x)
            x = F.relu(x)
            if activations is not None:
                activations.append(x)
            if layer["pool"]:
                x = F.max_pool2d(x, 2)
        return torch.sigmoid(self.fc(torch.flatten(x, 1)))


class SiameseNet(nn.Module):
    def __init__(self, spec):
        super().__init__()
        self.twin = Twin(spec)
        self.head = nn.Linear(spec["embedding"], 1)

    def forward(self, left, right):
        """Logits of 'same' for each pair."""
        return self.head(torch.abs(self.twin(left) - self.twin(right))).squeeze(1)


def load(folder):
    with open(os.path.join(folder, "spec.json")) as f:
        spec = json.load(f)
    net = SiameseNet(spec)
    net.load_state_dict(torch.load(os.path.join(folder, "weights.pt")))
    return net.eval()
)PY";

} // namespace

std::vector<LayerMaps> activationMaps(model::SiameseNet &net, const cv::Mat &image)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = net->is_training();
    if (wasTraining) // a net already in eval mode is only read: jobs may share it
        net->eval();
    const torch::Device device = net->head()->weight.device();
    std::vector<torch::Tensor> acts;
    net->twin()->forward(eval::imagesToTensor({image}, net->spec().inputSide).to(device), acts);
    if (wasTraining)
        net->train();
    std::vector<LayerMaps> out;
    for (std::size_t i = 0; i < acts.size(); ++i) {
        const torch::Tensor a = acts[i][0].to(torch::kCPU).contiguous();
        LayerMaps m;
        m.name = QStringLiteral("conv%1").arg(i + 1);
        m.channels = static_cast<int>(a.size(0));
        m.height = static_cast<int>(a.size(1));
        m.width = static_cast<int>(a.size(2));
        m.values.assign(a.data_ptr<float>(), a.data_ptr<float>() + a.numel());
        out.push_back(std::move(m));
    }
    return out;
}

void exportPython(model::SiameseNet &net, const QString &folder)
{
    if (!QDir().mkpath(folder))
        throw Error(QObject::tr("Cannot create folder %1").arg(folder));
    c10::Dict<std::string, at::Tensor> state;
    for (const auto &p : net->named_parameters())
        state.insert(p.key(), p.value().detach().to(torch::kCPU).clone());
    for (const auto &b : net->named_buffers())
        state.insert(b.key(), b.value().detach().to(torch::kCPU).clone());
    const std::vector<char> bytes = torch::pickle_save(c10::IValue(state));
    writeFileAtomically(QDir(folder).filePath(QStringLiteral("weights.pt")),
                        QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
    writeJsonAtomically(QDir(folder).filePath(QStringLiteral("spec.json")), net->spec().toJson());
    writeFileAtomically(QDir(folder).filePath(QStringLiteral("model.py")), QByteArray(kModelPy));
}

void writePng(const QString &path, const cv::Mat &image)
{
    std::vector<uchar> buf;
    if (!data::encodePngImage(image, buf))
        throw Error(QObject::tr("Cannot encode %1 as PNG").arg(path));
    writeFileAtomically(path,
                        QByteArray(reinterpret_cast<const char *>(buf.data()), static_cast<qsizetype>(buf.size())));
}

} // namespace oneshot::exporting
