#!/usr/bin/env python3
"""Writes the large tests of rain-trap into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
LIM = 10 ** 9


def solve(h):
    """The answer: sum of min(prefix max, suffix max) - h over all columns."""
    n = len(h)
    right = [0] * n
    best = 0
    for i in range(n - 1, -1, -1):
        if h[i] > best:
            best = h[i]
        right[i] = best
    total = 0
    left = 0
    for i in range(n):
        if h[i] > left:
            left = h[i]
        total += min(left, right[i]) - h[i]
    return total


def write(outdir, name, h):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(h), " ".join(map(str, h))))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % solve(h))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(4242)

    # Random heights over the whole range.
    write(outdir, "01-random", [rng.randint(0, LIM) for _ in range(N)])

    # Two walls of 10^9 with empty slots between them: about 2e14 units of water.
    write(outdir, "02-two-walls", [LIM] + [0] * (N - 2) + [LIM])

    # A valley: the water level is set by the lower side everywhere.
    half = N // 2
    down = sorted((rng.randint(0, LIM) for _ in range(half)), reverse=True)
    up = sorted(rng.randint(0, LIM // 2) for _ in range(N - half))
    write(outdir, "03-valley", down + up)

    # A mountain: rising to a single peak, then falling; no water at all.
    up = sorted(rng.randint(0, LIM) for _ in range(half))
    down = sorted((rng.randint(0, LIM) for _ in range(N - half)), reverse=True)
    write(outdir, "04-mountain", up + down)

    # Low heights with many repeats: many small pools.
    write(outdir, "05-low-heights", [rng.randint(0, 100) for _ in range(N)])

    # Tall walls every few hundred columns, rubble between them.
    h = []
    while len(h) < N:
        h.append(rng.randint(LIM // 2, LIM))
        h.extend(rng.randint(0, 1000) for _ in range(rng.randint(1, 500)))
    write(outdir, "06-walls-and-rubble", h[:N])


if __name__ == "__main__":
    main()
