#!/usr/bin/env python3
"""Writes the large tests of most-talks into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
LIM = 10 ** 9


def solve(talks):
    """The answer: greedy by finish time (ties in any order), taking every talk that
    starts no earlier than the finish of the last one taken."""
    count = 0
    free_at = 0
    for s, e in sorted(talks, key=lambda t: t[1]):
        if s >= free_at:
            count += 1
            free_at = e
    return count


def write(outdir, name, talks):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % len(talks))
        f.write("".join("%d %d\n" % t for t in talks))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % solve(talks))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(60601)

    # Talks that never overlap, shuffled: all of them can be attended.
    pts = sorted(rng.sample(range(LIM + 1), 2 * N))
    t = [(pts[2 * i], pts[2 * i + 1]) for i in range(N)]
    rng.shuffle(t)
    write(outdir, "01-disjoint-shuffled", t)

    # Long random talks.
    t = []
    for _ in range(N):
        s = rng.randint(0, LIM - 1)
        t.append((s, min(LIM, s + rng.randint(1, LIM // 100))))
    write(outdir, "02-random-long", t)

    # Short random talks.
    t = []
    for _ in range(N):
        s = rng.randint(0, LIM - 10000)
        t.append((s, s + rng.randint(1, 10000)))
    write(outdir, "03-random-short", t)

    # Nested talks, all running at minute LIM / 2: only one can be attended.
    starts = rng.sample(range(0, LIM // 2), N)
    write(outdir, "04-nested", [(s, LIM - s) for s in starts])

    # Two copies of a chain of back-to-back talks, plus a short talk across every joint
    # that the wrong greedies like to take.
    cuts = sorted(rng.sample(range(1, LIM // 2), N // 3 - 1))
    cuts = [0] + [2 * c for c in cuts] + [LIM]
    chain = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    bridges = [(c - 1, c + 1) for c in cuts[1:-1]]
    t = chain + chain + bridges
    t = t[:N]
    rng.shuffle(t)
    write(outdir, "05-chain-with-bridges", t)

    # Extremes: whole-day talks, one-minute talks at both ends, repeats.
    t = [(0, LIM)] * 1000 + [(0, 1)] * 1000 + [(LIM - 1, LIM)] * 1000
    while len(t) < N:
        s = rng.randint(0, LIM - 1)
        t.append((s, s + 1))
    rng.shuffle(t)
    write(outdir, "06-extremes", t)


if __name__ == "__main__":
    main()
