#!/usr/bin/env python3
"""Writes the large tests of run-length into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 10 ** 6
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def encode(s):
    """The answer: each block as its letter and its length."""
    out = []
    n = len(s)
    i = 0
    while i < n:
        j = i + 1
        while j < n and s[j] == s[i]:
            j += 1
        out.append("%s%d" % (s[i], j - i))
        i = j
    return "".join(out)


def from_lengths(rng, lengths):
    """A string whose blocks have the given lengths (neighbouring blocks differ)."""
    parts = []
    prev = ""
    for k in lengths:
        c = rng.choice(LETTERS)
        while c == prev:
            c = rng.choice(LETTERS)
        parts.append(c * k)
        prev = c
    return "".join(parts)


def fill(rng, lo, hi):
    """Random block lengths in [lo, hi] adding up to exactly N."""
    lengths = []
    left = N
    while left > 0:
        k = min(left, rng.randint(lo, hi))
        lengths.append(k)
        left -= k
    return lengths


def write(outdir, name, s):
    assert 1 <= len(s) <= N
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write(s + "\n")
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write(encode(s) + "\n")


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(4242)

    # One block of 10^6 beads: a seven-digit length, more than a 16-bit counter holds.
    write(outdir, "01-one-block", "r" * N)

    # 10^6 blocks of one bead: the longest code, and the most blocks to cut off.
    write(outdir, "02-alternating", "ab" * (N // 2))

    # Short random blocks.
    write(outdir, "03-short-blocks", from_lengths(rng, fill(rng, 1, 4)))

    # Independent random letters: mostly blocks of one, sometimes two or three.
    write(outdir, "04-random-letters", "".join(rng.choice(LETTERS) for _ in range(N)))

    # Long blocks, among them the lengths around 2^16 and every digit-count boundary.
    special = [65535, 65536, 65537, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999, 100000]
    lengths = special + fill(rng, 1, 200000)
    total = 0
    kept = []
    for k in lengths:
        if total + k > N:
            k = N - total
        if k == 0:
            break
        kept.append(k)
        total += k
    rng.shuffle(kept)
    write(outdir, "05-long-blocks", from_lengths(rng, kept))


if __name__ == "__main__":
    main()
