#!/usr/bin/env python3
"""Writes the large tests of first-at-least into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys
from bisect import bisect_left

N = Q = 200000
LIM = 10 ** 9


def write(outdir, name, a, xs):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (len(a), len(xs)))
        f.write(" ".join(map(str, a)) + "\n")
        f.write(" ".join(map(str, xs)) + "\n")
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("\n".join(str(bisect_left(a, x) + 1) for x in xs) + "\n")


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(515151)

    # Every target is above the highest signpost: the answer is always n + 1.
    a = sorted(rng.randint(-LIM, 9 * 10 ** 8) for _ in range(N))
    xs = [rng.randint(a[-1] + 1, LIM) for _ in range(Q)]
    write(outdir, "01-all-above", a, xs)

    # Random altitudes; half the targets are altitudes of the trail.
    a = sorted(rng.randint(-LIM, LIM) for _ in range(N))
    xs = [rng.choice(a) if rng.random() < 0.5 else rng.randint(-LIM, LIM) for _ in range(Q)]
    write(outdir, "02-random", a, xs)

    # Very many equal altitudes.
    a = sorted(rng.randint(-5, 5) for _ in range(N))
    xs = [rng.randint(-6, 6) for _ in range(Q)]
    write(outdir, "03-duplicates", a, xs)

    # A flat trail at the highest altitude allowed.
    a = [LIM] * N
    xs = [rng.choice((-LIM, LIM, LIM - 1, rng.randint(-LIM, LIM))) for _ in range(Q)]
    write(outdir, "04-all-equal", a, xs)

    # Extremes at both ends, targets at and around them, and mostly high targets.
    a = sorted([-LIM] * 1000 + [LIM] * 1000 + [rng.randint(-LIM, LIM) for _ in range(N - 2000)])
    xs = [rng.choice((-LIM, -LIM + 1, LIM - 1, LIM, a[-1001], a[-1001] + 1)) for _ in range(Q)]
    write(outdir, "05-extremes", a, xs)


if __name__ == "__main__":
    main()
