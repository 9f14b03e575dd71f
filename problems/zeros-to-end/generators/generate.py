#!/usr/bin/env python3
"""Writes the large cases of zeros-to-end into OUTDIR as JSON (deterministic).

Usage: generate.py OUTDIR
"""
import json
import os
import random
import sys

N = 100000
LO, HI = -2 ** 31, 2 ** 31 - 1


def moved(a):
    """The answer: the non-zero values in order, then the zeros."""
    return [x for x in a if x != 0] + [0] * a.count(0)


def write(outdir, name, a):
    with open(os.path.join(outdir, name + ".json"), "w") as f:
        json.dump({"args": [a], "expected": moved(a)}, f)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(13579)
    # The judge reads back at most 1 MiB of results per run, for all the cases together (Python's
    # driver writes ", " between elements): the long cases use one-digit values, and only a short
    # one uses the whole int range.

    # Half zeros, then half loads: every load has to cross the whole run of zeros.
    write(outdir, "01-zeros-first", [0] * (N // 2) + [rng.randint(1, 9) for _ in range(N // 2)])

    # The same idea with a longer run of zeros, and a few zeros among the loads.
    a = [0] * 60000 + [rng.randint(1, 9) for _ in range(N - 60000)]
    for _ in range(500):
        a[rng.randrange(60000, N)] = 0
    write(outdir, "02-zeros-first-long", a)

    # Random one-digit loads, a third of them zeros.
    write(outdir, "03-random", [0 if rng.random() < 1 / 3 else rng.randint(1, 9) for _ in range(30000)])

    # Loads first and zeros at the back already: nothing moves.
    write(outdir, "04-in-place", [rng.randint(1, 9) for _ in range(12000)] + [0] * 8000)

    # The whole int range, zeros alternating with loads.
    a = []
    for _ in range(5000):
        v = rng.choice((LO, HI, rng.randint(LO, HI) or 1))
        a += [0, v]
    write(outdir, "05-extremes", a)


if __name__ == "__main__":
    main()
