#!/usr/bin/env python3
"""Writes the large tests of fewest-coins into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

AMAX = 50000
CMAX = 10 ** 9


def fewest(coins, amount):
    """Fewest coins adding up to `amount` (unlimited coins of each value), or -1."""
    inf = amount + 1
    best = [0] + [inf] * amount
    for c in coins:
        for x in range(c, amount + 1):
            v = best[x - c] + 1
            if v < best[x]:
                best[x] = v
    return best[amount] if best[amount] < inf else -1


def write(outdir, name, coins, amount):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(coins), amount, " ".join(map(str, coins))))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % fewest(coins, amount))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(271828)

    # The hundred smallest denominations, shuffled.
    coins = list(range(1, 101))
    rng.shuffle(coins)
    write(outdir, "01-first-hundred", coins, AMAX)

    # A hundred random denominations up to the fare.
    write(outdir, "02-random", rng.sample(range(1, AMAX + 1), 100), AMAX)

    # Small denominations where taking the largest coin first goes wrong.
    coins = [1] + rng.sample(range(2, 2001), 99)
    rng.shuffle(coins)
    write(outdir, "03-greedy-trap", coins, AMAX - 1)

    # Only even denominations against an odd fare: it cannot be paid.
    write(outdir, "04-unreachable", rng.sample(range(2, 4001, 2), 100), AMAX - 1)

    # Half the denominations are far larger than the fare.
    coins = rng.sample(range(2, 501), 50) + rng.sample(range(AMAX + 1, CMAX + 1), 50)
    rng.shuffle(coins)
    write(outdir, "05-big-coins", coins, AMAX)


if __name__ == "__main__":
    main()
