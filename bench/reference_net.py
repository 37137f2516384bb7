"""The Siamese net of the presets `cpu` and `koch2015` in plain PyTorch, for the Python peers of
the benchmarks (bench_train.py, bench_dist.py)."""
import torch.nn as nn

SPECS = {
    "koch2015": dict(side=105, convs=[(64, 10, 1), (128, 7, 1), (128, 4, 1), (256, 4, 0)], emb=4096, bn=False),
    "cpu": dict(side=48, convs=[(24, 5, 1), (48, 5, 1), (64, 3, 0), (128, 3, 0)], emb=512, bn=True),
}


class Twin(nn.Module):
    def __init__(self, spec):
        super().__init__()
        layers, c, s = [], 1, spec["side"]
        for ch, k, pool in spec["convs"]:
            # Pooling before ReLU, as the engine runs it: the same function (ReLU commutes with
            # max pooling), with ReLU on a quarter of the values.
            layers += [nn.Conv2d(c, ch, k)] + ([nn.BatchNorm2d(ch)] if spec["bn"] else [])
            s = s - k + 1
            if pool:
                layers.append(nn.MaxPool2d(2))
                s //= 2
            layers.append(nn.ReLU())
            c = ch
        self.body = nn.Sequential(*layers, nn.Flatten(), nn.Linear(c * s * s, spec["emb"]), nn.Sigmoid())

    def forward(self, x):
        return self.body(x)
