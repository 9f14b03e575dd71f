#!/usr/bin/env python3
"""Writes the large tests of stair-steps into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

MOD = 10 ** 9 + 7
Q = 100000
NMAX = 10 ** 6


def counts(limit):
    """ways[n] = number of climbs of n steps with strides 1, 2, 3, modulo MOD."""
    ways = [0] * (limit + 1)
    ways[0] = 1
    for n in range(1, limit + 1):
        v = ways[n - 1]
        if n >= 2:
            v += ways[n - 2]
        if n >= 3:
            v += ways[n - 3]
        ways[n] = v % MOD
    return ways


def write(outdir, name, ns, ways):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % len(ns))
        f.write("".join("%d\n" % n for n in ns))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("".join("%d\n" % ways[n] for n in ns))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(20240611)
    ways = counts(NMAX)

    # Random heights over the whole range.
    write(outdir, "01-random", [rng.randint(1, NMAX) for _ in range(Q)], ways)

    # Every tower is as tall as allowed: recounting each tower does 10^11 steps.
    write(outdir, "02-all-max", [NMAX] * Q, ways)

    # Tall towers in decreasing order, all distinct.
    write(outdir, "03-descending", [NMAX - i for i in range(Q)], ways)

    # Mostly tiny towers with a tall one now and then.
    ns = [rng.randint(1, 60) if rng.random() < 0.9 else rng.randint(NMAX - 1000, NMAX)
          for _ in range(Q)]
    write(outdir, "04-mixed", ns, ways)


if __name__ == "__main__":
    main()
