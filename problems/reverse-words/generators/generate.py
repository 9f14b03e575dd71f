#!/usr/bin/env python3
"""Writes the large tests of reverse-words into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

TOTAL = 10 ** 6  # the most characters in all printed lines together
QMAX = 10 ** 5
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def answer(lines):
    out = []
    for line in lines:
        words = line.split()
        words.reverse()
        out.append(" ".join([str(len(words))] + words))
    return out


def write(outdir, name, lines):
    assert 1 <= len(lines) <= QMAX
    assert sum(map(len, lines)) <= TOTAL
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % len(lines))
        f.write("".join(l + "\n" for l in lines))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("".join(l + "\n" for l in answer(lines)))


def word(rng, lo, hi):
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(lo, hi)))


def spaced(rng, budget, lo, hi, maxgap):
    """One line of random words and gaps, at most budget characters."""
    parts = [" " * rng.randint(0, maxgap)]
    used = len(parts[0])
    while True:
        w = word(rng, lo, hi)
        gap = " " * rng.randint(1, maxgap)
        if used + len(w) + len(gap) > budget:
            break
        parts.append(w)
        parts.append(gap)
        used += len(w) + len(gap)
    if rng.random() < 0.5 and len(parts) > 1:
        parts.pop()  # no trailing spaces on about half of the lines
    return "".join(parts)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(31337)

    # One line of 500 000 one-letter words: building the answer by prepending is quadratic.
    line = " ".join(rng.choice(LETTERS) for _ in range(TOTAL // 2))
    write(outdir, "01-one-line-many-words", [line])

    # 10^5 short lines, about one in five without words, random spacing.
    lines = []
    for _ in range(QMAX):
        r = rng.random()
        if r < 0.1:
            lines.append("")
        elif r < 0.2:
            lines.append(" " * rng.randint(1, 5))
        else:
            lines.append(spaced(rng, 9, 1, 4, 2))
    write(outdir, "02-many-short-lines", lines)

    # A line that is almost all spaces: splitting on single spaces yields a flood of
    # empty words. Words sit at random places in it.
    chars = [" "] * TOTAL
    for p in rng.sample(range(TOTAL), 2000):
        chars[p] = rng.choice(LETTERS)
    write(outdir, "03-mostly-spaces", ["".join(chars)])

    # A few lines of long words (up to 10^5 letters).
    lines = [" ".join(word(rng, 50000, 100000) for _ in range(2)) for _ in range(4)]
    lines.append(" " * 1000 + "z" * 100000 + " " * 1000)
    write(outdir, "04-long-words", lines)

    # Ten long lines of ordinary words with sticky spaces, and blank lines between them.
    lines = []
    for _ in range(10):
        lines.append(spaced(rng, TOTAL // 10 - 10, 1, 10, 4))
        lines.append("")
    write(outdir, "05-long-lines", lines)


if __name__ == "__main__":
    main()
