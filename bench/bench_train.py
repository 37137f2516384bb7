"""Python reference for bench_train: the same Siamese net in PyTorch (Debian's python3-torch,
same LibTorch version), with data decoded from the zip by PIL, distorted by PIL's affine
transform and batched in the training loop, the way the reproduction's Dataset did.
DATA_DIR "random" feeds random tensors instead (the network's own speed, no data cost); PRECISION
bf16 runs the step under CPU autocast to bfloat16; LAYOUT nhwc puts the net and its inputs in
channels-last memory format.
Usage: bench_train.py PRESET BATCH STEPS THREADS DATA_DIR [PRECISION fp32|bf16] [LAYOUT nchw|nhwc]
Prints JSON: pairs per second."""
import io
import json
import random
import sys
import time
import zipfile

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from PIL import Image

from reference_net import SPECS, Twin

preset, batch, steps, threads, data_dir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
precision = sys.argv[6] if len(sys.argv) > 6 else "fp32"
layout = sys.argv[7] if len(sys.argv) > 7 else "nchw"
memory_format = torch.channels_last if layout == "nhwc" else torch.contiguous_format
torch.set_num_threads(threads)
spec = SPECS[preset]


twin, head = Twin(spec).to(memory_format=memory_format), nn.Linear(spec["emb"], 1)
opt = torch.optim.Adam(list(twin.parameters()) + list(head.parameters()), 1e-4)
files = {}
if data_dir != "random":
    with zipfile.ZipFile(f"{data_dir}/images_background.zip") as z:
        files = {n: z.read(n) for n in z.namelist() if n.endswith(".png")}
names = list(files)
rng = random.Random(1)


def load(name):
    img = Image.open(io.BytesIO(files[name])).convert("L")
    a = rng.uniform(-10, 10)
    img = img.rotate(a, resample=Image.BILINEAR, fillcolor=255)
    img = img.resize((spec["side"], spec["side"]), Image.BOX)
    return 1.0 - np.asarray(img, dtype=np.float32) / 255.0


def make_batch():
    if not files:
        side = spec["side"]
        return (torch.rand(batch, 1, side, side), torch.rand(batch, 1, side, side),
                (torch.rand(batch) < 0.5).float())
    left, right, y = [], [], []
    for _ in range(batch):
        left.append(load(rng.choice(names)))
        right.append(load(rng.choice(names)))
        y.append(float(rng.random() < 0.5))
    return (torch.from_numpy(np.stack(left))[:, None], torch.from_numpy(np.stack(right))[:, None], torch.tensor(y))


warmup, timed = 3, 0
for s in range(steps + warmup):
    if s == warmup:
        t0 = time.perf_counter()
    l, r, y = make_batch()
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=precision == "bf16"):
        h = twin(torch.cat([l, r]).contiguous(memory_format=memory_format))
        logits = head(torch.abs(h[:batch] - h[batch:])).squeeze(1)
    loss = F.binary_cross_entropy_with_logits(logits.float(), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if s >= warmup:
        timed += batch
print(json.dumps({"preset": preset, "precision": precision, "layout": layout,
                  "pairs_per_second": timed / (time.perf_counter() - t0)}))
