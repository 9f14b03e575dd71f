#!/usr/bin/env python3
"""Writes the large tests of integer-root into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import math
import os
import random
import sys

Q = 100000
LIM = 10 ** 18


def write(outdir, name, xs):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % len(xs))
        f.write("".join("%d\n" % x for x in xs))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        # math.isqrt is exact integer arithmetic: the floor of the square root.
        f.write("".join("%d\n" % math.isqrt(x) for x in xs))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(1618)

    # Uniform over the whole range: most roots are above 10^8.
    write(outdir, "01-uniform", [rng.randint(0, LIM) for _ in range(Q)])

    # One less than a large perfect square: floating-point roots round up to k.
    ks = [rng.randint(10 ** 8, 10 ** 9) for _ in range(Q)]
    write(outdir, "02-below-squares", [k * k - 1 for k in ks])

    # Large perfect squares and their neighbours just above.
    ks = [rng.randint(10 ** 8, 10 ** 9) for _ in range(Q)]
    write(outdir, "03-squares", [k * k + rng.randint(0, 1) for k in ks])

    # The very top of the range.
    xs = [LIM - rng.randint(0, 10 ** 6) for _ in range(Q - 2)] + [LIM, LIM - 1]
    rng.shuffle(xs)
    write(outdir, "04-top", xs)

    # Every bit length from 0 to 60, so roots of every size appear.
    xs = []
    for _ in range(Q):
        b = rng.randint(0, 60)
        xs.append(min(LIM, rng.getrandbits(b)) if b else 0)
    write(outdir, "05-bit-lengths", xs)


if __name__ == "__main__":
    main()
