#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets into OUT/<target>/.

Without options it writes only inputs this script draws itself (the committed regression corpus
starts from them). With --data (the Omniglot folder holding images_background_small1.zip and
all_runs.zip) and --mnist it adds small excerpts of the real files, and with --oneshot (the CLI)
it adds configs, a checkpoint and a metrics.csv of a tiny run (the program's own output, which the
committed corpus holds too). Excerpts of the real files are for a fuzzing session only and are
not committed.
"""
import argparse
import gzip
import io
import os
import struct
import subprocess
import tempfile
import zipfile
import zlib


def png(width, height, pixels, channels=1):
    """A PNG of 8-bit grey (1), grey+alpha (2) or RGBA (4) pixels, given as rows of bytes."""
    colour = {1: 0, 2: 4, 4: 6}[channels]
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def stroke(side, kind):
    """A white page with a dark stroke: a bar, a cross or a ring, as a drawn character might be."""
    rows = []
    c = side // 2
    for y in range(side):
        row = []
        for x in range(side):
            if kind == 0:
                ink = abs(y - c) < 3 and side // 5 < x < side - side // 5
            elif kind == 1:
                ink = (abs(y - c) < 3 or abs(x - c) < 3) and abs(x - c) < side // 3 and abs(y - c) < side // 3
            else:
                ink = abs(((x - c) ** 2 + (y - c) ** 2) ** 0.5 - side // 4) < 3
            row.append(0 if ink else 255)
        rows.append(row)
    return rows


def write(out, target, name, data):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def zipped(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buffer.getvalue()


def idx(magic, dims, payload):
    return struct.pack(">I", magic) + b"".join(struct.pack(">I", d) for d in dims) + payload


def mnist_input(images, labels):
    """fuzz_mnist's layout: a 2-byte length of the images file, the images file, the labels file."""
    return struct.pack(">H", len(images)) + images + labels


def drawn(out):
    side = 105
    pages = [png(side, side, stroke(side, k)) for k in range(3)]
    write(out, "fuzz_image", "bar.png", pages[0])
    alpha = [[v for p in row for v in (0, 255 - p)] for row in stroke(48, 2)]
    write(out, "fuzz_image", "ring-alpha.png", png(48, 48, alpha, channels=2))
    inverted = [[255 - p for p in row] for row in stroke(64, 1)]
    write(out, "fuzz_image", "cross-inverted.png", png(64, 64, inverted))
    write(out, "fuzz_image", "blank.png", png(16, 16, [[255] * 16 for _ in range(16)]))
    write(out, "fuzz_image", "text.txt", b"not an image\n")

    omniglot = zipped([
        ("images_background/Alphabet_A/character01/0001_01.png", pages[0]),
        ("images_background/Alphabet_A/character01/0001_02.png", pages[1]),
        ("images_background/Alphabet_A/character02/0002_01.png", pages[2]),
        ("images_background/Alphabet_A/character02/0002_02.png", pages[0]),
    ])
    write(out, "fuzz_omniglot", "two-characters.zip", omniglot)
    write(out, "fuzz_download", "two-characters.zip", omniglot)
    write(out, "fuzz_download", "empty", b"")

    labels = b"run01/test/item01.png run01/training/class01.png\nrun01/test/item02.png run01/training/class02.png\n"
    runs = zipped([
        ("all_runs/run01/class_labels.txt", labels),
        ("all_runs/run01/test/item01.png", pages[0]),
        ("all_runs/run01/test/item02.png", pages[1]),
        ("all_runs/run01/training/class01.png", pages[0]),
        ("all_runs/run01/training/class02.png", pages[1]),
    ])
    write(out, "fuzz_runset", "one-run.zip", runs)

    digits = bytes((i * 37 + j) % 256 for i in range(3) for j in range(28 * 28))
    images = idx(2051, (3, 28, 28), digits)
    labels = idx(2049, (3,), bytes([7, 2, 1]))
    write(out, "fuzz_mnist", "three-digits", mnist_input(images, labels))
    write(out, "fuzz_mnist", "three-digits-gz", mnist_input(gzip.compress(images, mtime=0), gzip.compress(labels, mtime=0)))

    write(out, "fuzz_config", "empty-object.json", b"{}")
    write(out, "fuzz_config", "format-1.json", b'{"protocol": "koch", "lr": 0.001, "batch_size": 32, "epochs": 3}')
    header = b"kind,step,epoch,wall_time_s,lr,loss,pairs_per_s,val_loss,val_acc_05,val_acc_tuned,val_threshold,val_oneshot,best\n"
    write(out, "fuzz_metrics", "torn.csv", header + b"step,10,0.5,1.2,0.001,0.69,120,,,,,,\nepoch,20,1,2.5,0.001,0.6,118,0.5,0.8,0.9,0.4,0.7,1\nstep,30,1.")


def excerpts(out, data, mnist):
    with zipfile.ZipFile(os.path.join(data, "images_background_small1.zip")) as z:
        pngs = sorted(n for n in z.namelist() if n.endswith(".png"))
        for n in pngs[:400:40]:
            write(out, "fuzz_image", "omniglot-" + os.path.basename(n), z.read(n))
        chars = sorted({os.path.dirname(n) for n in pngs})[:3]
        subset = [(n, z.read(n)) for n in pngs if os.path.dirname(n) in chars][:12]
        write(out, "fuzz_omniglot", "omniglot-excerpt.zip", zipped(subset))
    with zipfile.ZipFile(os.path.join(data, "all_runs.zip")) as z:
        run = [(n, z.read(n)) for n in z.namelist() if "run01/" in n and not n.endswith("/")]
        write(out, "fuzz_runset", "lake-run01.zip", zipped(run))
    if mnist:
        with open(os.path.join(mnist, "t10k-images-idx3-ubyte"), "rb") as f:
            images = f.read(16 + 20 * 28 * 28)
        with open(os.path.join(mnist, "t10k-labels-idx1-ubyte"), "rb") as f:
            labels = f.read(8 + 20)
        images = images[:4] + struct.pack(">I", 20) + images[8:]
        labels = labels[:4] + struct.pack(">I", 20) + labels[8:]
        write(out, "fuzz_mnist", "mnist-20", mnist_input(images, labels))


def made_by_program(out, oneshot, data):
    for preset in ("cpu", "koch2015", "reproduction", "tiny"):
        config = subprocess.run([oneshot, "config", "--preset", preset], check=True, capture_output=True).stdout
        write(out, "fuzz_config", "preset-%s.json" % preset, config)
    with tempfile.TemporaryDirectory() as tmp:
        run = os.path.join(tmp, "run")
        subprocess.run([oneshot, "train", "--preset", "tiny", "--protocol", "lake", "--data", data, "--epochs", "1",
                        "--threads", "1", "--out", run, "--set", "evaluate_test_at_end=false"],
                       check=True, capture_output=True)
        with open(os.path.join(run, "checkpoints", "best.pt"), "rb") as f:
            write(out, "fuzz_checkpoint", "tiny-best.pt", f.read())
        with open(os.path.join(run, "metrics.csv"), "rb") as f:
            write(out, "fuzz_metrics", "tiny-run.csv", f.read())


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--data", help="the Omniglot folder, for excerpts of the real files")
    parser.add_argument("--mnist", help="the MNIST folder, for an excerpt of the real files")
    parser.add_argument("--oneshot", help="the oneshot CLI, for configs, a checkpoint and a metrics.csv")
    args = parser.parse_args()
    drawn(args.out)
    if args.data:
        excerpts(args.out, args.data, args.mnist)
    if args.oneshot and args.data:
        made_by_program(args.out, args.oneshot, args.data)


if __name__ == "__main__":
    main()
