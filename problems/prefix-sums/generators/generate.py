#!/usr/bin/env python3
"""Writes the large tests of prefix-sums into OUTDIR (deterministic: fixed seed).

Usage: generate.py OUTDIR
"""
import os
import random
import sys
from itertools import accumulate

N = 200000
Q = 200000
V = 10 ** 9


def write(outdir, name, a, queries):
    pre = [0]
    pre.extend(accumulate(a))
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (len(a), len(queries)))
        f.write(" ".join(map(str, a)) + "\n")
        f.write("".join("%d %d\n" % (l, r) for l, r in queries))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("".join("%d\n" % (pre[r] - pre[l - 1]) for l, r in queries))


def random_queries(rng, n, q):
    out = []
    for _ in range(q):
        l = rng.randint(1, n)
        r = rng.randint(1, n)
        if l > r:
            l, r = r, l
        out.append((l, r))
    return out


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(20240601)

    # 01: random values over the whole range, random questions.
    a = [rng.randint(-V, V) for _ in range(N)]
    write(outdir, "01-random", a, random_queries(rng, N, Q))

    # 02: every value is 10^9; long questions give sums up to 2*10^14.
    a = [V] * N
    qs = [(rng.randint(1, 100), rng.randint(N - 100, N)) for _ in range(Q)]
    write(outdir, "02-all-max", a, qs)

    # 03: every value is -10^9; whole-array questions mixed with random ones.
    a = [-V] * N
    qs = [(1, N) if i % 2 == 0 else None for i in range(Q)]
    rq = random_queries(rng, N, Q)
    qs = [x if x is not None else rq[i] for i, x in enumerate(qs)]
    write(outdir, "03-all-min", a, qs)

    # 04: mostly large positive values, questions that start near the beginning.
    a = [rng.randint(V - 1000, V) if rng.random() < 0.9 else rng.randint(-V, V) for _ in range(N)]
    qs = [(rng.randint(1, 10), rng.randint(1, N)) for _ in range(Q)]
    qs = [(min(l, r), max(l, r)) for l, r in qs]
    write(outdir, "04-start-heavy", a, qs)

    # 05: single-day questions and neighbours, small values.
    a = [rng.randint(-5, 5) for _ in range(N)]
    qs = []
    for _ in range(Q):
        l = rng.randint(1, N)
        qs.append((l, min(N, l + rng.randint(0, 1))))
    write(outdir, "05-short-questions", a, qs)


if __name__ == "__main__":
    main()
