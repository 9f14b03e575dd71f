#!/usr/bin/env python3
"""Writes the large cases of merge-ranges into OUTDIR as JSON (deterministic).

Usage: generate.py OUTDIR
"""
import json
import os
import random
import sys

N = 100000
B = 10 ** 9


def merged(orders):
    """The answer: the closed stretches, sorted by start."""
    out = []
    for l, r in sorted(orders):
        if out and l <= out[-1][1]:
            if r > out[-1][1]:
                out[-1][1] = r
        else:
            out.append([l, r])
    return out


def write(outdir, name, orders):
    with open(os.path.join(outdir, name + ".json"), "w") as f:
        json.dump({"args": [orders], "expected": merged(orders)}, f)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(424242)
    # The judge reads back at most 1 MiB of results per run, for all the cases together, so the
    # cases with 10^5 orders merge into a few thousand stretches at most; the case where nothing
    # merges is shorter.

    # Random orders over the whole range, long enough that most of them merge.
    orders = []
    for _ in range(N):
        l = rng.randint(-B, B)
        orders.append([l, min(B, l + rng.randint(0, 12 * 10 ** 4))])
    write(outdir, "01-random", orders)

    # A chain of orders that only touch at their ends, shuffled: one stretch [-10^9, 10^9].
    cuts = sorted(set(rng.sample(range(-B + 1, B), N - 1)))
    cuts = [-B] + cuts + [B]
    orders = [[cuts[i], cuts[i + 1]] for i in range(len(cuts) - 1)]
    rng.shuffle(orders)
    write(outdir, "02-touching-chain", orders)

    # Nested orders, each inside the previous one, plus small ones in the middle, shuffled.
    starts = sorted(rng.sample(range(-B, -1), N - 1000))
    orders = [[s, -s] for s in starts] + [[-d, d] for d in (rng.randint(0, 1000) for _ in range(1000))]
    rng.shuffle(orders)
    write(outdir, "03-nested", orders)

    # Single marks with many repeats: neighbouring marks stay separate stretches.
    orders = []
    for _ in range(N):
        x = rng.randint(-2500, 2500)
        orders.append([x, x])
    write(outdir, "04-points", orders)

    # Disjoint orders, shuffled: every order is its own stretch.
    pts = sorted(rng.sample(range(-B, B + 1), 2 * 20000))
    orders = [[pts[2 * i], pts[2 * i + 1]] for i in range(20000)]
    rng.shuffle(orders)
    write(outdir, "05-disjoint", orders)


if __name__ == "__main__":
    main()
