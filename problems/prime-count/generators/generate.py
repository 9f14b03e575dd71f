#!/usr/bin/env python3
"""Writes the large tests of prime-count into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys
from math import isqrt

Q = 200000
M = 5 * 10 ** 6


def prime_counts():
    """count[k] = number of primes <= k, for 0 <= k <= M."""
    sieve = bytearray([1]) * (M + 1)
    sieve[0] = sieve[1] = 0
    for i in range(2, isqrt(M) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, M + 1, i)))
    count = [0] * (M + 1)
    c = 0
    for k in range(M + 1):
        c += sieve[k]
        count[k] = c
    return sieve, count


def write(outdir, name, ns, count):
    assert 1 <= len(ns) <= Q and all(0 <= n <= M for n in ns)
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % len(ns))
        f.write("".join("%d\n" % n for n in ns))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("".join("%d\n" % count[n] for n in ns))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(5003)
    sieve, count = prime_counts()

    # The most batches, at random distances over the whole range.
    write(outdir, "01-random", [rng.randint(0, M) for _ in range(Q)], count)

    # The most batches, every one at the largest distance.
    write(outdir, "02-all-max", [M] * Q, count)

    # Distances near the top of the range.
    write(outdir, "03-near-top", [rng.randint(M - 1000, M) for _ in range(Q)], count)

    # Only primes and squares of primes, where off-by-one mistakes show; top is 2221^2.
    primes = [p for p in range(2, 4932841 + 1) if sieve[p]]
    squares = [p * p for p in primes if p * p <= 4932841]
    ns = [rng.choice(primes) for _ in range(Q // 2)] + [rng.choice(squares) for _ in range(Q // 2 - 1)]
    ns.append(4932841)
    rng.shuffle(ns)
    write(outdir, "04-primes-and-squares", ns, count)


if __name__ == "__main__":
    main()
