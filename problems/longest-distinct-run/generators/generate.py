#!/usr/bin/env python3
"""Writes the large tests of longest-distinct-run into OUTDIR (deterministic: fixed seed).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def longest(s, k):
    # For each right end r, the best left end is one past the (k+1)-th most recent
    # last occurrence among the letters seen so far: O(26 n).
    last = {}
    best = 0
    for r, c in enumerate(s):
        last[c] = r
        if len(last) <= k:
            left = 0
        else:
            left = sorted(last.values(), reverse=True)[k] + 1
        best = max(best, r - left + 1)
    return best


def write(outdir, name, s, k):
    assert len(s) == N
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n%s\n" % (len(s), k, s))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % longest(s, k))


def blocks(rng, alphabet, lo, hi):
    out = []
    total = 0
    while total < N:
        length = min(N - total, rng.randint(lo, hi))
        out.append(rng.choice(alphabet) * length)
        total += length
    return "".join(out)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(271828)

    # 01: uniform random letters, k = 5: short windows.
    write(outdir, "01-random-k5", "".join(rng.choice(LETTERS) for _ in range(N)), 5)

    # 02: only 3 letters but k = 4: the whole ribbon.
    write(outdir, "02-few-letters", "".join(rng.choice("abc") for _ in range(N)), 4)

    # 03: two letters, k = 1: the longest run of one letter.
    write(outdir, "03-two-letters-k1", "".join(rng.choice("ab") for _ in range(N)), 1)

    # 04: blocks of repeated letters from 6 colours, k = 3.
    write(outdir, "04-blocks-k3", blocks(rng, "abcdef", 1, 3000), 3)

    # 05: every letter appears, k = 26: the whole ribbon.
    s = list(LETTERS) + [rng.choice(LETTERS) for _ in range(N - 26)]
    rng.shuffle(s)
    write(outdir, "05-all-letters-k26", "".join(s), 26)

    # 06: the best piece (all the b's and c's) starts inside an earlier window, k = 2.
    part = "a" + "b" * 60000 + "c" * 60000
    s = part + "".join(rng.choice("de") for _ in range(N - len(part)))
    write(outdir, "06-slide-needed", s, 2)


if __name__ == "__main__":
    main()
