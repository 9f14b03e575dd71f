#!/usr/bin/env python3
"""Writes the large tests of pair-count into OUTDIR (deterministic: fixed seed).

Usage: generate.py OUTDIR
"""
import os
import random
import sys
from collections import Counter

N = 200000
V = 10 ** 9


def count_pairs(a, k):
    cnt = Counter(a)
    total = 0
    for x, c in cnt.items():
        y = k - x
        if x < y:
            total += c * cnt.get(y, 0)
        elif x == y:
            total += c * (c - 1) // 2
    return total


def write(outdir, name, a, k):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (len(a), k))
        f.write(" ".join(map(str, a)) + "\n")
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % count_pairs(a, k))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(987654321)

    # 01: values over the whole range; k is the sum of two of them, plus planted pairs.
    a = [rng.randint(-V, V) for _ in range(N)]
    k = a[17] + a[N - 5]
    for i in range(0, N, 1000):
        x = rng.randint(max(-V, k - V), min(V, k + V))
        a[i], a[i + 1] = x, k - x
    rng.shuffle(a)
    write(outdir, "01-random-wide", a, k)

    # 02: small values, many pairs (about 10^7).
    a = [rng.randint(-1000, 1000) for _ in range(N)]
    write(outdir, "02-small-range", a, 37)

    # 03: every token is 5*10^8 and k = 10^9: n(n-1)/2 = 19999900000 pairs, beyond 32 bits.
    write(outdir, "03-all-equal", [V // 2] * N, V)

    # 04: half the tokens 10^9, half -10^9, k = 0: 10^10 pairs.
    a = [V] * (N // 2) + [-V] * (N // 2)
    rng.shuffle(a)
    write(outdir, "04-opposites", a, 0)

    # 05: k = 2*10^9 at the edge; only 10^9 + 10^9 reaches it.
    a = [V if rng.random() < 0.3 else rng.randint(-V, V) for _ in range(N)]
    write(outdir, "05-max-k", a, 2 * V)

    # 06: a few distinct values with k = 2x for one of them, k = -2*10^9.
    vals = [-V, -V + 1, -V + 2, 0, V]
    a = [rng.choice(vals) for _ in range(N)]
    write(outdir, "06-min-k-duplicates", a, -2 * V)


if __name__ == "__main__":
    main()
