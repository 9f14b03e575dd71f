#!/usr/bin/env python3
"""Writes the large tests of pack-the-bag into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 100
WMAX = 5 * 10 ** 4
WEIGHT_MAX = 10 ** 5
VMAX = 10 ** 9


def best_total(cap, items):
    """0/1 knapsack: the largest total value of items with total weight <= cap."""
    best = [0] * (cap + 1)
    for w, v in items:
        if w > cap:
            continue
        # The new row from the old one: best[x] or (old best[x - w]) + v.
        best = best[:w] + [a if a >= b + v else b + v for a, b in zip(best[w:], best)]
    return best[cap]


def write(outdir, name, cap, items):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (len(items), cap))
        f.write("".join("%d %d\n" % it for it in items))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % best_total(cap, items))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(1234567)

    # Random goods; about a third of them fit together.
    items = [(rng.randint(1, 3000), rng.randint(1, VMAX)) for _ in range(N)]
    write(outdir, "01-random", WMAX, items)

    # Every good earns nearly 10^9: the total is far beyond 32 bits.
    items = [(rng.randint(250, 1500), rng.randint(VMAX - 1000, VMAX)) for _ in range(N)]
    write(outdir, "02-huge-values", WMAX, items)

    # Everything fits: the answer is the sum of all values (close to 10^11).
    items = [(WMAX // N, VMAX - i) for i in range(N)]
    write(outdir, "03-all-fit", WMAX, items)

    # Value almost proportional to weight: the best-ratio-first greedy leaves room unused.
    items = []
    for _ in range(N):
        w = rng.randint(10000, 20000)
        items.append((w, w * 20000 + rng.randint(0, 19999)))
    write(outdir, "04-ratio-trap", WMAX, items)

    # Half the goods are heavier than the bag.
    items = [(rng.randint(1, 2000), rng.randint(1, VMAX)) for _ in range(N // 2)]
    items += [(rng.randint(WMAX - 10, WEIGHT_MAX), VMAX) for _ in range(N // 2)]
    rng.shuffle(items)
    write(outdir, "05-too-heavy", WMAX - 11, items)


if __name__ == "__main__":
    main()
