#!/usr/bin/env python3
"""Writes the large cases of best-trade into OUTDIR as JSON (deterministic).

Usage: generate.py OUTDIR
"""
import json
import os
import random
import sys

N = 100000
TOP = 10 ** 9


def best(prices):
    """The answer: one pass, the cheapest price so far."""
    profit, low = 0, prices[0]
    for x in prices:
        if x - low > profit:
            profit = x - low
        if x < low:
            low = x
    return profit


def write(outdir, name, prices):
    with open(os.path.join(outdir, name + ".json"), "w") as f:
        json.dump({"args": [prices], "expected": best(prices)}, f)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(31415)

    # Random prices over the whole range.
    write(outdir, "01-random", [rng.randint(0, TOP) for _ in range(N)])

    # Falling every day: no trade pays, the answer is 0.
    write(outdir, "02-falling", [TOP - 7 * i for i in range(N)])

    # A random walk around the middle of the range.
    x, walk = TOP // 2, []
    for _ in range(N):
        x = min(TOP, max(0, x + rng.randint(-10 ** 6, 10 ** 6)))
        walk.append(x)
    write(outdir, "03-walk", walk)

    # The peak first and the bottom last, with small noise between: max - min is far off.
    mid = [rng.randint(4 * 10 ** 8, 6 * 10 ** 8) for _ in range(N - 2)]
    write(outdir, "04-peak-then-bottom", [TOP] + mid + [0])

    # The same price every day.
    write(outdir, "05-flat", [123456789] * N)


if __name__ == "__main__":
    main()
