#!/usr/bin/env python3
"""Writes the large tests of edit-steps into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

L = 2000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edit_distance(s, t):
    """Fewest insertions, deletions and replacements turning s into t (two rows)."""
    m = len(t)
    prev = list(range(m + 1))
    for i in range(1, len(s) + 1):
        cs = s[i - 1]
        cur = [i] * (m + 1)
        left = i
        for j in range(1, m + 1):
            v = prev[j - 1]
            if t[j - 1] != cs:
                if prev[j] < v:
                    v = prev[j]
                if left < v:
                    v = left
                v += 1
            cur[j] = left = v
        prev = cur
    return prev[m]


def word(rng, n, letters=LETTERS):
    return "".join(rng.choice(letters) for _ in range(n))


def mutate(rng, s, edits, letters=LETTERS):
    """s after `edits` random insertions, deletions and replacements, kept within L."""
    w = list(s)
    for _ in range(edits):
        op = rng.randrange(3)
        if op == 0 and len(w) < L:
            w.insert(rng.randint(0, len(w)), rng.choice(letters))
        elif op == 1 and len(w) > 1:
            del w[rng.randrange(len(w))]
        else:
            w[rng.randrange(len(w))] = rng.choice(letters)
    return "".join(w)


def write(outdir, name, s, t):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%s\n%s\n" % (s, t))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % edit_distance(s, t))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(5551212)

    # Two unrelated random words of the largest length.
    write(outdir, "01-random", word(rng, L), word(rng, L))

    # Two letters only: many matches, many equally good alignments.
    write(outdir, "02-binary", word(rng, L, "ab"), word(rng, L, "ab"))

    # A long word and a copy with 150 random edits.
    s = word(rng, L - 100, "abcde")
    write(outdir, "03-near-copy", s, mutate(rng, s, 150, "abcde"))

    # No letter in common: every letter must be replaced, inserted or deleted.
    write(outdir, "04-disjoint", word(rng, L, LETTERS[:13]), word(rng, L - 300, LETTERS[13:]))

    # The word shifted by a few letters: a few deletions at the start and insertions at the end.
    s = word(rng, L, "xyz")
    write(outdir, "05-shifted", s, s[7:] + word(rng, 7, "xyz"))


if __name__ == "__main__":
    main()
