"""Python peer of bench_dist: the same net trained data-parallel with torch.distributed's
DistributedDataParallel on Gloo (Debian's python3-torch), started as torchrun starts a worker
(RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT), each rank on its share of a global batch of random
tensors. Rank 0 prints JSON: pairs per second over all ranks and seconds per step.
Usage: bench_dist.py PRESET GLOBAL_BATCH STEPS"""
import json
import os
import sys
import time

import torch
import torch.distributed as dist
import torch.nn as nn
import torch.nn.functional as F

from reference_net import SPECS, Twin


class Siamese(nn.Module):
    def __init__(self, spec):
        super().__init__()
        self.twin, self.head = Twin(spec), nn.Linear(spec["emb"], 1)

    def forward(self, left, right):
        h = self.twin(torch.cat([left, right]))
        n = left.shape[0]
        return self.head(torch.abs(h[:n] - h[n:])).squeeze(1)


preset, global_batch, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
spec = SPECS[preset]
world = int(os.environ.get("WORLD_SIZE", "1"))
torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
if world > 1:
    dist.init_process_group("gloo")
rank = dist.get_rank() if world > 1 else 0
batch = global_batch // world
torch.manual_seed(1)
net = Siamese(spec)
model = nn.parallel.DistributedDataParallel(net) if world > 1 else net
opt = torch.optim.Adam(model.parameters(), 1e-4)
side = spec["side"]
left, right = torch.rand(batch, 1, side, side), torch.rand(batch, 1, side, side)
y = (torch.rand(batch) > 0.5).float()


def step():
    opt.zero_grad()
    loss = F.binary_cross_entropy_with_logits(model(left, right), y)
    loss.backward()
    opt.step()


for _ in range(2):
    step()
if world > 1:
    dist.barrier()
t0 = time.perf_counter()
for _ in range(steps):
    step()
if world > 1:
    dist.barrier()
seconds = time.perf_counter() - t0
if rank == 0:
    print(json.dumps({"preset": preset, "workers": world, "global_batch": global_batch,
                      "pairs_per_second": global_batch * steps / seconds, "step_seconds": seconds / steps}))
if world > 1:
    dist.destroy_process_group()
