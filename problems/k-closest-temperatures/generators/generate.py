#!/usr/bin/env python3
"""Writes the large tests of k-closest-temperatures into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
LIM = 10 ** 9


def closest(a, k, t):
    """The answer: the first k readings by (distance, reading), in increasing order."""
    return sorted(sorted(a, key=lambda v: (abs(v - t), v))[:k])


def write(outdir, name, a, k, t):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d %d\n" % (len(a), k, t))
        f.write(" ".join(map(str, a)) + "\n")
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write(" ".join(map(str, closest(a, k, t))) + "\n")


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(31337)

    # Every reading is chosen.
    a = [rng.randint(-LIM, LIM) for _ in range(N)]
    write(outdir, "01-k-equals-n", a, N, rng.randint(-LIM, LIM))

    # Half of the readings, reference in the middle.
    a = [rng.randint(-LIM, LIM) for _ in range(N)]
    write(outdir, "02-half", a, N // 2, 0)

    # A narrow range: very many equal readings and equal distances.
    a = [rng.randint(-1000, 1000) for _ in range(N)]
    write(outdir, "03-ties", a, 150001, 7)

    # The reference at the top of the range: the largest readings win.
    a = [rng.randint(-LIM, LIM) for _ in range(N)]
    write(outdir, "04-t-at-max", a, N // 2 + 1, LIM)

    # The reference at the bottom, readings at both extremes.
    a = [rng.choice((-LIM, LIM, rng.randint(-LIM, LIM))) for _ in range(N)]
    write(outdir, "05-t-at-min", a, 7, -LIM)

    # Readings in mirrored pairs around t: every distance is tied between two readings.
    t = 123456
    a = []
    for _ in range(N // 2):
        d = rng.randint(1, 10 ** 6)
        a += [t - d, t + d]
    rng.shuffle(a)
    write(outdir, "06-mirrored", a, N // 2 + 1, t)


if __name__ == "__main__":
    main()
