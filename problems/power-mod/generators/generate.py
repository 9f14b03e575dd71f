#!/usr/bin/env python3
"""Writes the large tests of power-mod into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

QMAX = 200000
A = B = 10 ** 18
M = 10 ** 9


def write(outdir, name, settings):
    assert 1 <= len(settings) <= QMAX
    assert all(0 <= a <= A and 0 <= b <= B and 1 <= m <= M for a, b, m in settings)
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % len(settings))
        f.write("".join("%d %d %d\n" % s for s in settings))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("".join("%d\n" % pow(a, b, m) for a, b, m in settings))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(271828)
    r = rng.randint

    # Full-range random settings (10^5 of them: full-size numbers keep the file near 5 MB).
    write(outdir, "01-random-full", [(r(0, A), r(0, B), r(1, M)) for _ in range(QMAX // 2)])

    # The most settings, with shorter numbers but still 10^9 .. 10^10 pulls each.
    write(outdir, "02-most-settings", [(r(0, 10 ** 5), r(10 ** 9, 10 ** 10), r(1, M)) for _ in range(QMAX)])

    # Everything near the top of its range.
    write(outdir, "03-near-top",
          [(r(A - 10 ** 6, A), r(B - 10 ** 6, B), r(M - 1000, M)) for _ in range(QMAX // 2)])

    # The most settings with a wheel of one, two or three positions, b = 0 included.
    s = []
    for _ in range(QMAX):
        b = 0 if rng.random() < 0.2 else r(0, 10 ** 12)
        s.append((r(0, 10), b, r(1, 3)))
    write(outdir, "04-tiny-wheels", s)


if __name__ == "__main__":
    main()
