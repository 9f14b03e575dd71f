#!/usr/bin/env python3
"""Writes the large cases of balanced-brackets into OUTDIR as JSON (deterministic).

Usage: generate.py OUTDIR
"""
import json
import os
import random
import sys

N = 100000
CLOSE = {"(": ")", "[": "]", "{": "}"}
OPEN = {v: k for k, v in CLOSE.items()}


def balanced(s):
    """The answer: a stack of the brackets still open."""
    stack = []
    for c in s:
        if c in CLOSE:
            stack.append(c)
        elif not stack or stack.pop() != OPEN[c]:
            return False
    return not stack


def random_balanced(rng, n, p_open=0.5):
    """A random balanced skeleton of length n (n even)."""
    out, stack = [], []
    while len(out) < n:
        if stack and (n - len(out) <= len(stack) or rng.random() >= p_open):
            out.append(CLOSE[stack.pop()])
        else:
            c = rng.choice("([{")
            stack.append(c)
            out.append(c)
    return "".join(out)


def write(outdir, name, s):
    with open(os.path.join(outdir, name + ".json"), "w") as f:
        json.dump({"args": [s], "expected": balanced(s)}, f)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(97531)
    half = N // 2

    # One pair inside the next, 5 * 10^4 deep: removing inner pairs one at a time is quadratic.
    write(outdir, "01-deep-round", "(" * half + ")" * half)

    # Deep nesting of all three kinds, balanced.
    opens = "".join(rng.choice("([{") for _ in range(half))
    write(outdir, "02-deep-mixed", opens + "".join(CLOSE[c] for c in reversed(opens)))

    # The same depth, but the outermost pair does not match: false only at the very end.
    s = "(" + opens[1:] + "".join(CLOSE[c] for c in reversed(opens[1:])) + "]"
    write(outdir, "03-deep-last-wrong", s)

    # A random balanced skeleton that leans towards opening (deep, uneven nesting).
    write(outdir, "04-random", random_balanced(rng, N, 0.6))

    # Two extra opening brackets in front of balanced brackets: never closed, false.
    write(outdir, "05-unclosed", "{{" + random_balanced(rng, N - 2))

    # Flat: 5 * 10^4 pairs one after another.
    write(outdir, "06-flat", "".join(rng.choice(("()", "[]", "{}")) for _ in range(half)))


if __name__ == "__main__":
    main()
