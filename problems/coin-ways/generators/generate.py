#!/usr/bin/env python3
"""Writes the large tests of coin-ways into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

MOD = 10 ** 9 + 7
AMAX = 30000
CMAX = 10 ** 6


def count_ways(coins, amount):
    """Ways to pay `amount` with unlimited coins of the given values, modulo MOD."""
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        for x in range(c, amount + 1):
            v = ways[x] + ways[x - c]
            ways[x] = v - MOD if v >= MOD else v
    return ways[amount]


def write(outdir, name, coins, amount):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(coins), amount, " ".join(map(str, coins))))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % count_ways(coins, amount))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(31337)

    # The hundred smallest denominations, shuffled: the most ways of all.
    coins = list(range(1, 101))
    rng.shuffle(coins)
    write(outdir, "01-first-hundred", coins, AMAX)

    # A hundred random denominations up to the fare.
    write(outdir, "02-random", rng.sample(range(1, AMAX + 1), 100), AMAX)

    # Small denominations and an odd fare.
    write(outdir, "03-small-coins", rng.sample(range(1, 1001), 100), AMAX - 1)

    # Half the denominations are larger than the fare and can never be used.
    coins = rng.sample(range(2, 301), 50) + rng.sample(range(AMAX + 1, CMAX + 1), 50)
    rng.shuffle(coins)
    write(outdir, "04-with-big-coins", coins, AMAX)

    # Only even denominations (no 1) against an odd fare: no way at all.
    write(outdir, "05-even-coins-odd-fare", rng.sample(range(2, 2001, 2), 100), AMAX - 1)


if __name__ == "__main__":
    main()
