"""Joins the benchmark figures that bench/run_benchmarks.sh collected (one JSON object per line in
the file given, each tagged with "kind") into the one JSON object that --json prints: for each
preset our pairs/s on random tensors in fp32 (and bf16 where the CPU has it), the machine's ceiling in pairs/s from
the GEMM peak measured in the same run, the fraction of it reached, and the Python peer's best
configuration in the precision of our best figure."""
import json
import sys

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
ceiling = next(r for r in rows if r["kind"] == "ceiling")
out = {"machine": {k: ceiling[k] for k in ("cpu", "threads", "cpu_bf16", "blas_sgemm_gflops",
                                           "onednn_sgemm_gflops", "fp32_peak_gflops")}}
if "bf16_peak_gflops" in ceiling:
    out["machine"]["bf16_peak_gflops"] = ceiling["bf16_peak_gflops"]
for preset in sorted({r["preset"] for r in rows if r["kind"] == "train"}):
    ours = [r for r in rows if r["kind"] == "train" and r["preset"] == preset and r["data"] == "random"]
    real = [r for r in rows if r["kind"] == "train" and r["preset"] == preset and r["data"] == "real"]
    peers = [r for r in rows if r["kind"] == "python" and r["preset"] == preset]
    main_batch = max(r["batch"] for r in ours)
    # The headline figures are of the layout training uses (channels-last after the first layer);
    # the other layout is reported beside them.
    def pick(precision, layout="nhwc"):
        return next((r for r in ours if r["precision"] == precision and r["batch"] == main_batch
                     and r["layout"] == layout), None)
    fp32 = pick("fp32")
    p = {"batch": main_batch, "pairs_per_s": fp32["pairs_per_second"], "layout": fp32["layout"],
         "gflop_per_pair": fp32["gflop_per_pair"]}
    if pick("fp32", "nchw"):
        p["pairs_per_s_nchw"] = pick("fp32", "nchw")["pairs_per_second"]
    p["ceiling_pairs_per_s"] = ceiling["fp32_peak_gflops"] / fp32["gflop_per_pair"]
    p["fraction_of_ceiling"] = p["pairs_per_s"] / p["ceiling_pairs_per_s"]
    if real:
        p["pairs_per_s_real_batches"] = real[0]["pairs_per_second"]
    for r in ours:
        if r["batch"] != main_batch and r["precision"] == "fp32":
            p[f"pairs_per_s_batch{r['batch']}"] = r["pairs_per_second"]
            p[f"fraction_of_ceiling_batch{r['batch']}"] = r["pairs_per_second"] / p["ceiling_pairs_per_s"]
    best_precision = "fp32"
    b = pick("bf16")
    if b and ceiling.get("cpu_bf16"):
        p["bf16_pairs_per_s"] = b["pairs_per_second"]
        if pick("bf16", "nchw"):
            p["bf16_pairs_per_s_nchw"] = pick("bf16", "nchw")["pairs_per_second"]
        p["bf16_speedup"] = b["pairs_per_second"] / p["pairs_per_s"]
        p["bf16_ceiling_pairs_per_s"] = ceiling["bf16_peak_gflops"] / b["gflop_per_pair"]
        if b["pairs_per_second"] > p["pairs_per_s"]:
            best_precision = "bf16"
    for precision in ("fp32", "bf16"):
        same = [r for r in peers if r["precision"] == precision]
        if same:
            best = max(same, key=lambda r: r["pairs_per_second"])
            p[f"python_{precision}_best_pairs_per_s"] = best["pairs_per_second"]
            p[f"python_{precision}_best_config"] = f"{best['precision']}, {best['layout']}"
    if f"python_{best_precision}_best_pairs_per_s" in p:
        p["python_best_pairs_per_s"] = p[f"python_{best_precision}_best_pairs_per_s"]
        p["python_best_config"] = p[f"python_{best_precision}_best_config"]
        ours_best = p["bf16_pairs_per_s"] if best_precision == "bf16" else p["pairs_per_s"]
        p["ratio_to_python_best"] = ours_best / p["python_best_pairs_per_s"]
    out[preset] = p
print(json.dumps(out, sort_keys=True))
