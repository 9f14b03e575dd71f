#!/usr/bin/env python3
"""Writes the large tests of next-taller into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
LIM = 10 ** 9


def solve(h):
    """The answer: for every tower the nearest strictly higher roof to the east, or -1."""
    ans = [-1] * len(h)
    stack = []
    for i, x in enumerate(h):
        while stack and h[stack[-1]] < x:
            ans[stack.pop()] = x
        stack.append(i)
    return ans


def write(outdir, name, h):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n%s\n" % (len(h), " ".join(map(str, h))))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write(" ".join(map(str, solve(h))) + "\n")


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(31337)

    # Strictly lower towards the east: every pigeon leaves town, and a walk east from
    # every tower is quadratic.
    h = sorted(rng.sample(range(1, LIM + 1), N), reverse=True)
    write(outdir, "01-decreasing", h)

    # Random heights over the whole range.
    h = [rng.randint(1, LIM) for _ in range(N)]
    write(outdir, "02-random", h)

    # All towers the same height: equal roofs give no shelter, so all answers are -1.
    write(outdir, "03-all-equal", [LIM] * N)

    # Non-increasing with many repeats, then one tower higher than all at the very end.
    h = sorted((rng.randint(1, 1000) for _ in range(N - 1)), reverse=True) + [LIM]
    write(outdir, "04-plateaus-then-spike", h)

    # A valley: down to 1, then back up; the stack empties only in the second half.
    half = N // 2
    down = sorted(rng.sample(range(2, LIM), half), reverse=True)
    up = sorted(rng.sample(range(2, LIM), N - half - 1))
    write(outdir, "05-valley", down + [1] + up)

    # Few distinct heights: long runs of equal roofs interleaved.
    h = [rng.randint(1, 3) for _ in range(N)]
    write(outdir, "06-three-heights", h)


if __name__ == "__main__":
    main()
