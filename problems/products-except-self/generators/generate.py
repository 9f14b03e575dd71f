#!/usr/bin/env python3
"""Writes the large cases of products-except-self into OUTDIR as JSON (deterministic).

Usage: generate.py OUTDIR
"""
import json
import os
import random
import sys

N = 100000
CAP = 10 ** 15


def others(a):
    """The answer: prefix products times suffix products."""
    n = len(a)
    out = [1] * n
    left = 1
    for i in range(n):
        out[i] = left
        left *= a[i]
    right = 1
    for i in range(n - 1, -1, -1):
        out[i] *= right
        right *= a[i]
    return out


def bounded(rng, n, zeros, cap=CAP):
    """n values: +-1 everywhere, a few factors up to 100 whose absolute product stays <= cap
    (an overwritten factor only lowers it), then `zeros` zeros at random positions."""
    a = [rng.choice((1, -1)) for _ in range(n)]
    prod = 1
    for _ in range(400):
        v = rng.randint(2, 100)
        if prod * v > cap:
            continue
        prod *= v
        a[rng.randrange(n)] = v * rng.choice((1, -1))
    for _ in range(zeros):
        a[rng.randrange(n)] = 0
    return a


def write(outdir, name, a):
    with open(os.path.join(outdir, name + ".json"), "w") as f:
        json.dump({"args": [a], "expected": others(a)}, f)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(5050)
    # The judge reads back at most 1 MiB of results per run, for all the cases together (Python's
    # driver writes ", " between elements), so the results of these cases must stay well under
    # that: the cases with large answers are short, the long ones have answers of 0, 1 or -1.

    # n = 10^5 with exactly one zero: it gets the product of all the rest (near 10^15), every
    # other answer is 0. Multiplying the others for every position is 10^10 steps here.
    a = bounded(rng, N, 0)
    a[rng.randrange(N)] = 0
    write(outdir, "01-one-zero", a)

    # +1 and -1 and no zero: the signs must come out right at every position.
    write(outdir, "02-signs", [rng.choice((1, -1)) for _ in range(N // 2)])

    # Two zeros far apart among large factors: every answer is 0.
    a = bounded(rng, 30000, 0)
    a[7] = 0
    a[30000 - 8] = 0
    write(outdir, "03-two-zeros", a)

    # No zero and large answers (10^13 to 10^15, both signs), with the extreme factors +-100.
    a = bounded(rng, 5000, 0, cap=CAP // 10 ** 6)
    a[0], a[1], a[-1] = 100, -100, 100  # 10^6 more: still at most CAP
    write(outdir, "04-large-answers", a)


if __name__ == "__main__":
    main()
