#!/usr/bin/env bash
# Trains the model that ships in resources/models/ with the project's documented command (the
# CPU preset, 30 minutes on the machine's cores, selected on validation), tests it once on Lake's
# 20 runs, and writes default.pt (the best checkpoint: weights and config, no optimiser state)
# with default.json (the command, commit, seed, training time, validation and test figures).
# Usage: scripts/train-default-model.sh [BUILD_DIR] [SEED]   (run it alone on the machine)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
seed=${2:-42}
run=$(mktemp -d)/default-model
command=(train --protocol lake --minutes 30 --threads 2 --seed "$seed" --out "$run" --json)
"$build/app/oneshot" "${command[@]}" | tail -n 1 > "$run.result.json"
"$build/app/oneshot" evaluate --run "$run" --json > "$run.lake.json"
"$build/app/oneshot" evaluate --run "$run" --views 1 --json > "$run.lake1.json"
mkdir -p "$here/resources/models"
cp "$run/checkpoints/best.pt" "$here/resources/models/default.pt"
python3 - "$run" "$here" "$seed" "${command[*]}" <<'PY'
import json, subprocess, sys
run, here, seed, command = sys.argv[1:5]
result = json.load(open(run + ".result.json"))
lake = json.load(open(run + ".lake.json"))
alone = json.load(open(run + ".lake1.json"))
config = json.load(open(run + "/config.json"))
commit = subprocess.run(["git", "-C", here, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "")
best = result["best"]
provenance = {
    "summary": "CPU preset, Lake's 20 runs %.2f %% (%d test-time views; %.2f %% with the image alone)"
    % (100 * lake["accuracy"], lake["views"], 100 * alone["accuracy"]),
    "command": "oneshot " + command.replace(run, "R"),
    "commit": commit,
    "seed": int(seed),
    "machine": cpu,
    "training_seconds": result["wall_seconds"],
    "epochs": result["epochs_done"],
    "steps": result["steps"],
    "stop_reason": result["stop_reason"],
    "validation": {k: best[k] for k in ("epoch", "val_oneshot", "val_acc_tuned", "val_threshold", "val_acc_05")},
    "lake_20_runs": {k: lake[k] for k in ("correct", "trials", "accuracy", "views")},
    "lake_20_runs_image_alone": {k: alone[k] for k in ("correct", "trials", "accuracy", "views")},
    "model": config["model"]["name"],
    "data": "Omniglot background set (Brenden Lake, MIT licence): 26 alphabets for training, 4 for validation",
}
json.dump(provenance, open(here + "/resources/models/default.json", "w"), indent=2)
print(json.dumps(provenance, indent=2))
PY
