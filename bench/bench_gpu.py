"""PyTorch's own koch2015 net on a CUDA GPU, the reference beside `oneshot train --device cuda`:
a training step (SGD with momentum, batch 128 pairs, L1 head, binary cross-entropy) on random
tensors already on the GPU, so the network alone, in pairs per second: fp32 with PyTorch's
defaults (TF32 convolutions), strict fp32, and bf16 autocast. 200 timed steps after 20 of
warm-up.
Usage: PYTHONPATH=bench python3 bench/bench_gpu.py"""
import time

import torch
import torch.nn as nn

from reference_net import SPECS, Twin

torch.backends.cudnn.benchmark = True
spec = SPECS["koch2015"]
batch = 128


def measure(precision, strict):
    # PyTorch's default lets cuDNN's convolutions use TF32; matrix products stay fp32.
    torch.backends.cudnn.allow_tf32 = not strict
    torch.manual_seed(0)
    twin, head = Twin(spec).cuda(), nn.Linear(spec["emb"], 1).cuda()
    opt = torch.optim.SGD(list(twin.parameters()) + list(head.parameters()), 0.01, momentum=0.5)
    a = torch.rand(batch, 1, spec["side"], spec["side"], device="cuda")
    c = torch.rand(batch, 1, spec["side"], spec["side"], device="cuda")
    y = (torch.rand(batch, 1, device="cuda") > 0.5).float()

    def step():
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=precision == "bf16"):
            e = twin(torch.cat([a, c]))
            logit = head((e[:batch] - e[batch:]).abs())
        loss = nn.functional.binary_cross_entropy_with_logits(logit.float(), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    for _ in range(20):
        step()
    torch.cuda.synchronize()
    steps = 200
    start = time.perf_counter()
    for _ in range(steps):
        step()
    torch.cuda.synchronize()
    return steps * batch / (time.perf_counter() - start)


for precision, strict, label in (("fp32", False, "default TF32 convs"), ("fp32", True, "strict fp32"),
                                 ("bf16", False, "default TF32 convs")):
    rate = measure(precision, strict)
    print(f"pytorch {precision} ({label}): {rate:.0f} pairs/s, {30000 / rate:.2f} s per 30k pairs")
