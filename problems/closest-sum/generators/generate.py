#!/usr/bin/env python3
"""Writes the large tests of closest-sum into OUTDIR (deterministic: fixed seed).

Usage: generate.py OUTDIR
"""
import os
import random
import sys
from bisect import bisect_left

N = 200000
V = 10 ** 9


def closest(a, t):
    # For each i of the sorted list, the best partner j > i is next to where t - a[i] would go.
    b = sorted(a)
    n = len(b)
    best = None
    for i in range(n - 1):
        want = t - b[i]
        p = bisect_left(b, want, i + 1, n)
        for j in (p - 1, p):
            if i < j < n:
                d = abs(b[i] + b[j] - t)
                if best is None or d < best:
                    best = d
    return best


def write(outdir, name, a, t):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (len(a), t))
        f.write(" ".join(map(str, a)) + "\n")
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % closest(a, t))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(31415926)

    # 01: values and target over the whole range.
    a = [rng.randint(-V, V) for _ in range(N)]
    write(outdir, "01-random", a, rng.randint(-2 * V, 2 * V))

    # 02: target 2*10^9 with spread-out values: the best pair is the two largest.
    a = [rng.randrange(-V, V, 997) for _ in range(N)]
    write(outdir, "02-max-target", a, 2 * V)

    # 03: positive values and target -2*10^9: the answer exceeds 3*10^9.
    a = [rng.randint(V // 2, V) for _ in range(N)]
    write(outdir, "03-far-target", a, -2 * V)

    # 04: a planted pair hits the target (answer 0); input in descending order.
    a = [rng.randrange(-V, V, 1000) for _ in range(N)]
    x, y = rng.randint(-V // 2, V // 2), rng.randint(-V // 2, V // 2)
    a[5000], a[6000] = x, y
    a.sort(reverse=True)
    write(outdir, "04-exact-descending", a, x + y)

    # 05: all flasks equal to -10^9 and target 2*10^9: answer 4*10^9.
    write(outdir, "05-all-equal-extreme", [-V] * N, 2 * V)

    # 06: few distinct values, many duplicates, odd target near their sums.
    a = [rng.choice([-7, -3, 0, 4, 10, 999999999]) for _ in range(N)]
    write(outdir, "06-duplicates", a, 1000000005)


if __name__ == "__main__":
    main()
