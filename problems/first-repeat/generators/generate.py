#!/usr/bin/env python3
"""Writes the large tests of first-repeat into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import itertools
import os
import random
import string
import sys

N = 200000


def first_repeat(words):
    seen = set()
    for w in words:
        if w in seen:
            return w
        seen.add(w)
    return "-1"


def write(outdir, name, words):
    assert len(words) == N
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(words), " ".join(words)))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write(first_repeat(words) + "\n")


def distinct(rng, count, lo, hi, prefix=""):
    """count different words of lo..hi letters (prefix included), in random order."""
    words = set()
    while len(words) < count:
        k = rng.randint(lo, hi) - len(prefix)
        words.add(prefix + "".join(rng.choice(string.ascii_lowercase) for _ in range(k)))
    words = sorted(words)
    rng.shuffle(words)
    return words


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(271828)

    # All different: the answer is -1 and every earlier word has to be ruled out.
    write(outdir, "01-all-distinct", distinct(rng, N, 1, 10))

    # Ten letters each, all starting "qqqqqq": comparisons are slow; the last word repeats the first.
    words = distinct(rng, N - 1, 10, 10, "qqqqqq")
    write(outdir, "02-common-prefix", words + [words[0]])

    # Different orders of the same ten letters: every word has the same letter sum.
    perms = list(itertools.islice(itertools.permutations("abcdefghij"), 0, 3628800, 17))
    words = ["".join(p) for p in rng.sample(perms, N)]
    write(outdir, "03-anagrams", words)

    # The only repeat is at the very end, of a word from the middle.
    words = distinct(rng, N - 1, 1, 10)
    write(outdir, "04-late-repeat", words + [words[N // 2]])

    # Words from a vocabulary of 5000: repeats start early, and the input is still read in full.
    vocab = distinct(rng, 5000, 1, 10)
    write(outdir, "05-small-vocabulary", [rng.choice(vocab) for _ in range(N)])


if __name__ == "__main__":
    main()
