#!/usr/bin/env python3
"""Writes the large tests of bracket-depth into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 10 ** 6
OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}
MATCH = {")": "(", "]": "[", "}": "{"}


def depth(s):
    """The answer: the maximum depth if s is well formed, otherwise -1."""
    stack = []
    best = 0
    for c in s:
        if c in CLOSE:
            stack.append(c)
            if len(stack) > best:
                best = len(stack)
        else:
            if not stack or stack.pop() != MATCH[c]:
                return -1
    return best if not stack else -1


def nested(rng, pairs):
    opens = [rng.choice(OPEN) for _ in range(pairs)]
    return "".join(opens) + "".join(CLOSE[c] for c in reversed(opens))


def random_balanced(rng, length, bias):
    """A random well-formed string; bias is the chance to open while both moves are possible."""
    out = []
    stack = []
    for i in range(length):
        left = length - i
        if not stack or (len(stack) < left and rng.random() < bias):
            c = rng.choice(OPEN)
            stack.append(c)
            out.append(c)
        else:
            out.append(CLOSE[stack.pop()])
    assert not stack
    return "".join(out)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(20240611)
    tests = []
    tests.append(("deep-nested", nested(rng, N // 2)))
    tests.append(("random-balanced", random_balanced(rng, N, 0.55)))
    s = list(random_balanced(rng, N, 0.5))
    # The very last bracket has the wrong kind.
    s[-1] = {")": "]", "]": "}", "}": ")"}[s[-1]]
    tests.append(("late-mismatch", "".join(s)))
    tests.append(("flat-pairs", "".join(rng.choice(("()", "[]", "{}")) for _ in range(N // 2))))
    tests.append(("unclosed-deep", "(" + nested(rng, N // 2 - 1)))
    tests.append(("all-open", "".join(rng.choice(OPEN) for _ in range(N))))
    for i, (name, s) in enumerate(tests, 1):
        base = os.path.join(outdir, "%02d-%s" % (i, name))
        with open(base + ".in", "w") as f:
            f.write(s + "\n")
        with open(base + ".ans", "w") as f:
            f.write("%d\n" % depth(s))


if __name__ == "__main__":
    main()
