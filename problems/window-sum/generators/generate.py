#!/usr/bin/env python3
"""Writes the large tests of window-sum into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
LIM = 10 ** 9


def solve(k, a):
    """The answer: the largest sum of k consecutive values, by prefix sums."""
    p = [0]
    for x in a:
        p.append(p[-1] + x)
    return max(p[i] - p[i - k] for i in range(k, len(a) + 1))


def write(outdir, name, k, a):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), k, " ".join(map(str, a))))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % solve(k, a))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(90210)

    # Random rises and falls, k = n / 2: recomputing every window is ~10^10 steps.
    write(outdir, "01-random-half", N // 2, [rng.randint(-LIM, LIM) for _ in range(N)])

    # The largest rise every day: the answer is 10^9 * k, about 10^14.
    write(outdir, "02-all-max", N // 2 + 1, [LIM] * N)

    # The largest fall every day, k = n: the answer is -2 * 10^14.
    write(outdir, "03-all-min-whole", N, [-LIM] * N)

    # Falls everywhere except a stretch of rises at the very end: only the last
    # window is best.
    k = N // 2 - 1
    a = [rng.randint(-LIM, 0) for _ in range(N - k)] + [rng.randint(LIM // 2, LIM) for _ in range(k)]
    write(outdir, "04-best-at-end", k, a)

    # Single days (k = 1) with small values and many ties.
    write(outdir, "05-k-one", 1, [rng.randint(-1000, 1000) for _ in range(N)])

    # k close to n / 2 with long runs of extreme values.
    a = []
    while len(a) < N:
        a.extend([rng.choice((-LIM, LIM))] * rng.randint(1, 5000))
    write(outdir, "06-extreme-runs", N // 2 - 7, a[:N])


if __name__ == "__main__":
    main()
