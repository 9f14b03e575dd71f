#!/usr/bin/env python3
"""Writes the large cases of same-letters into OUTDIR as JSON (deterministic).

Usage: generate.py OUTDIR
"""
import json
import os
import random
import sys
from collections import Counter

N = 100000
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def write(outdir, name, s, t):
    with open(os.path.join(outdir, name + ".json"), "w") as f:
        json.dump({"args": [s, t], "expected": Counter(s) == Counter(t)}, f)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(20261202)

    def shuffled(s):
        tiles = list(s)
        rng.shuffle(tiles)
        return "".join(tiles)

    # A random word and a shuffle of it: true.
    s = "".join(rng.choice(ALPHA) for _ in range(N))
    write(outdir, "01-random-true", s, shuffled(s))

    # The same, with one tile of t replaced by the next letter: false.
    t = list(shuffled(s))
    k = rng.randrange(N)
    t[k] = ALPHA[(ALPHA.index(t[k]) + 1) % 26]
    write(outdir, "02-one-tile-off", s, "".join(t))

    # One letter only, the whole bag: a tile-by-tile search walks over every used tile again.
    write(outdir, "03-all-z", "z" * N, "z" * N)

    # Two halves swapped: true.
    half = N // 2
    write(outdir, "04-halves", "a" * half + "b" * half, "b" * half + "a" * half)

    # Lengths that differ by one letter at the very end: false.
    s = "".join(rng.choice("xy") for _ in range(N))
    write(outdir, "05-one-extra", s[:-1], shuffled(s))


if __name__ == "__main__":
    main()
