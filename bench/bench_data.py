"""Python reference for bench_data: decode all Omniglot PNGs from the two zips with zipfile and
PIL into one uint8 array, as a notebook would. Prints JSON with the median of N runs."""
import io
import json
import sys
import time
import zipfile

import numpy as np
from PIL import Image

data_dir, repeats = sys.argv[1], int(sys.argv[2])
times = []
for _ in range(repeats):
    t0 = time.perf_counter()
    images = []
    for name in ("images_background.zip", "images_evaluation.zip"):
        with zipfile.ZipFile(f"{data_dir}/{name}") as z:
            for entry in z.namelist():
                if entry.endswith(".png"):
                    images.append(np.array(Image.open(io.BytesIO(z.read(entry))).convert("L"), dtype=np.uint8))
    array = np.stack(images)
    times.append(time.perf_counter() - t0)
times.sort()
print(json.dumps({"images": int(array.shape[0]), "decode_seconds_median": times[len(times) // 2],
                  "array_bytes": int(array.nbytes)}))
