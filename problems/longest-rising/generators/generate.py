#!/usr/bin/env python3
"""Writes longest-rising's large tests into OUTDIR (argv[1]); answers by the patience method."""
import os
import random
import sys
from bisect import bisect_left

N = 200000
LIMIT = 10 ** 9


def solve(a):
    tails = []
    for x in a:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(4242)
    tests = [
        ("01-random", [random.randint(-LIMIT, LIMIT) for _ in range(N)]),
        ("02-increasing", sorted(random.sample(range(-LIMIT, LIMIT + 1), N))),
        ("03-all-equal", [LIMIT] * N),
        # Each value of a rising staircase appears twice: half of it rises strictly.
        ("04-pairs", [-LIMIT + i // 2 for i in range(N)]),
        # A rising trend with noise and many repeated values.
        ("05-noisy-trend", [min(LIMIT, i // 4 + random.randint(0, 50)) for i in range(N)]),
    ]
    for name, a in tests:
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write("%d\n%s\n" % (len(a), " ".join(map(str, a))))
        with open(os.path.join(out, name + ".ans"), "w") as f:
            f.write("%d\n" % solve(a))


main()
