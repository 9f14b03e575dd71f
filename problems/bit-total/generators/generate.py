#!/usr/bin/env python3
"""Writes the large tests of bit-total into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

Q = 10 ** 5
M = 10 ** 15


def total(n):
    """The number of 1 bits in 1..n. For each set bit k of n (from the highest), with
    `above` set bits higher up: the 2^k numbers that match n above bit k and have 0 at
    bit k hold above * 2^k + k * 2^(k-1) ones; they cover 0..n-1, and n adds its own."""
    res = above = 0
    m = n
    while m:
        k = m.bit_length() - 1
        p = 1 << k
        res += (k * p >> 1) + above * p
        above += 1
        m ^= p
    return res + above


def write(outdir, name, ns):
    assert 1 <= len(ns) <= Q and all(0 <= n <= M for n in ns)
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % len(ns))
        f.write("".join("%d\n" % n for n in ns))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("".join("%d\n" % total(n) for n in ns))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(1123)

    # The most days, at random n over the whole range.
    write(outdir, "01-random", [rng.randint(0, M) for _ in range(Q)])

    # The most days, all near the top: many lamps, totals near 2.5 * 10^16.
    write(outdir, "02-near-top", [rng.randint(M - 10 ** 9, M) for _ in range(Q)])

    # n with random bit patterns: sparse (several random masks ANDed) or dense (ORed).
    ns = []
    for _ in range(Q):
        n = rng.getrandbits(50)
        for _ in range(rng.randint(0, 4)):
            if rng.random() < 0.5:
                n &= rng.getrandbits(50)
            else:
                n |= rng.getrandbits(50)
        ns.append(n % (M + 1))
    write(outdir, "03-bit-patterns", ns)

    # Random n of every size, from one digit to sixteen.
    ns = []
    for _ in range(Q):
        d = rng.randint(1, 15)
        ns.append(rng.randint(0, 10 ** d))
    write(outdir, "04-all-sizes", ns)


if __name__ == "__main__":
    main()
