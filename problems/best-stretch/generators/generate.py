#!/usr/bin/env python3
"""Writes the large tests of best-stretch into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
LIM = 10 ** 9


def best_stretch(a):
    """Largest sum of a non-empty run of consecutive values (Kadane)."""
    best = cur = a[0]
    for x in a[1:]:
        cur = x if cur < 0 else cur + x
        if cur > best:
            best = cur
    return best


def write(outdir, name, a):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(a), " ".join(map(str, a))))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % best_stretch(a))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(4815162342)

    # Uniform profits and losses over the whole range.
    write(outdir, "01-random", [rng.randint(-LIM, LIM) for _ in range(N)])

    # Every day earns the most: the whole ledger, 2 * 10^14.
    write(outdir, "02-all-max", [LIM] * N)

    # Every day is a loss: the answer is the smallest loss.
    write(outdir, "03-all-negative", [rng.randint(-LIM, -1) for _ in range(N)])

    # A slight upward drift: the best stretch is long and its sum needs 64 bits.
    write(outdir, "04-drift", [rng.randint(-(3 * LIM) // 4, LIM) for _ in range(N)])

    # Two good seasons around a deep valley; together they beat either one.
    third = N // 3
    a = [rng.randint(0, LIM) for _ in range(third)]
    a += [-rng.randint(0, LIM // 4) for _ in range(third)]
    a += [rng.randint(0, LIM) for _ in range(N - 2 * third)]
    write(outdir, "05-two-seasons", a)


if __name__ == "__main__":
    main()
