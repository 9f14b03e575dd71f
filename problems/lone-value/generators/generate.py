#!/usr/bin/env python3
"""Writes the large tests of lone-value into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

NMAX = 999999  # the largest odd n <= 10^6
LO, HI = -2 ** 31, 2 ** 31 - 1


def write(outdir, name, v):
    n = len(v)
    assert 1 <= n <= NMAX and n % 2 == 1
    acc = 0
    for x in v:
        assert LO <= x <= HI
        acc ^= x  # pairs cancel; Python keeps the sign of what is left
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % n)
        f.write(" ".join(map(str, v)) + "\n")
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % acc)


def distinct(rng, k, lo, hi, avoid):
    s = set()
    while len(s) < k:
        x = rng.randint(lo, hi)
        if x != avoid:
            s.add(x)
    return list(s)


def log_of(rng, pairs, lone, where):
    """Both copies of every pair plus the lonely value, shuffled; the lonely value is put
    in the last position, the first position, or somewhere in the second half."""
    v = pairs + pairs
    rng.shuffle(v)
    if where == "last":
        v.append(lone)
    elif where == "first":
        v.insert(0, lone)
    else:
        v.insert(rng.randint(len(v) // 2, len(v)), lone)
    return v


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(8128)

    # The largest n. To keep the file small the values are the shortest ones possible
    # (all with at most 5 characters, then 6-character ones), negatives included; the
    # lonely one is the largest of them.
    short = sorted(range(-99999, 1000000), key=lambda x: len(str(x)))[:NMAX // 2 + 1]
    lone = max(short)
    vals = [x for x in short if x != lone]
    write(outdir, "01-max-n", log_of(rng, vals, lone, "late"))

    # Full-range random values, n = 499 999, the lonely value late in the log.
    n2 = 499999
    lone = rng.randint(LO, HI)
    write(outdir, "02-full-range", log_of(rng, distinct(rng, n2 // 2, LO, HI, lone), lone, "late"))

    # The lonely value is the largest possible and comes last.
    write(outdir, "03-lone-last-max", log_of(rng, distinct(rng, n2 // 2, LO, HI - 1, HI), HI, "last"))

    # Only negative values; the lonely one is the smallest possible and comes first.
    write(outdir, "04-negatives-lone-first",
          log_of(rng, distinct(rng, n2 // 2, LO + 1, -1, LO), LO, "first"))


if __name__ == "__main__":
    main()
