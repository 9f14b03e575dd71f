#!/usr/bin/env python3
"""Writes the large tests of merge-bookings into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
LIM = 10 ** 9


def merge(bookings):
    """The answer: the busy periods, sorted by start."""
    out = []
    for l, r in sorted(bookings):
        if out and l <= out[-1][1]:
            if r > out[-1][1]:
                out[-1][1] = r
        else:
            out.append([l, r])
    return out


def write(outdir, name, bookings):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % len(bookings))
        f.write("".join("%d %d\n" % b for b in bookings))
    periods = merge(bookings)
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % len(periods))
        f.write("".join("%d %d\n" % (l, r) for l, r in periods))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(8675309)

    # No two bookings overlap: every booking is its own busy period.
    pts = sorted(rng.sample(range(LIM + 1), 2 * N))
    b = [(pts[2 * i], pts[2 * i + 1]) for i in range(N)]
    rng.shuffle(b)
    write(outdir, "01-disjoint-shuffled", b)

    # Short random bookings: some merge, some do not.
    b = []
    for _ in range(N):
        l = rng.randint(0, LIM - 10 ** 4)
        b.append((l, l + rng.randint(0, 10 ** 4)))
    write(outdir, "02-random-short", b)

    # A chain of bookings that only touch at their ends: one period [0, 10^9].
    cuts = sorted(set(rng.sample(range(1, LIM), N - 1)))
    cuts = [0] + cuts + [LIM]
    b = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    rng.shuffle(b)
    write(outdir, "03-touching-chain", b)

    # Nested bookings: each one inside the previous, plus small ones inside them all.
    starts = sorted(rng.sample(range(0, LIM // 2 - 1), N - 1000))
    b = [(s, LIM - s) for s in starts]
    mid = LIM // 2
    b += [(mid - d, mid + d) for d in (rng.randint(0, 1000) for _ in range(1000))]
    rng.shuffle(b)
    write(outdir, "04-nested", b)

    # Single moments with many repeats; neighbouring moments stay separate.
    b = []
    for _ in range(N):
        x = rng.randint(0, 5000)
        b.append((x, x))
    write(outdir, "05-points", b)

    # The extremes of the range.
    b = [(0, 0)] * 1000 + [(LIM, LIM)] * 1000 + [(1, 1)] * 10 + [(LIM - 1, LIM - 1)] * 10
    for _ in range(N - len(b)):
        l = rng.randint(0, LIM)
        b.append((l, min(LIM, l + rng.randint(0, 100))))
    rng.shuffle(b)
    write(outdir, "06-extremes", b)


if __name__ == "__main__":
    main()
