#!/usr/bin/env python3
"""Writes count-islands' large tests into OUTDIR (argv[1]); answers by iterative flood fill."""
import os
import random
import sys

R = C = 1000


def solve(grid):
    r, c = len(grid), len(grid[0])
    w = c + 2
    flat = "." * w + "".join("." + row + "." for row in grid) + "." * w
    land = bytearray(1 if ch == "#" else 0 for ch in flat)
    islands = 0
    for p in range(len(flat)):
        if not land[p]:
            continue
        islands += 1
        land[p] = 0
        stack = [p]
        while stack:
            x = stack.pop()
            for q in (x - 1, x + 1, x - w, x + w):
                if land[q]:
                    land[q] = 0
                    stack.append(q)
    return islands


def checkerboard():
    return ["".join("#" if (i + j) % 2 == 0 else "." for j in range(C)) for i in range(R)]


def snake():
    # One island winding through the whole grid: even rows are land, odd rows water with
    # one land cell at alternating ends.
    g = []
    for r in range(R):
        if r % 2 == 0:
            g.append("#" * C)
        else:
            end = C - 1 if r % 4 == 1 else 0
            g.append("." * end + "#" + "." * (C - end - 1))
    return g


def random_land(density):
    return ["".join("#" if random.random() < density else "." for _ in range(C)) for _ in range(R)]


def all_land():
    return ["#" * C for _ in range(R)]


def spiral():
    # A land spiral walking inwards, with a water gap one tile wide between its turns.
    g = [["."] * C for _ in range(R)]
    top, left, bottom, right = 0, 0, R - 1, C - 1
    while top <= bottom and left <= right:
        for j in range(left, right + 1):
            g[top][j] = "#"
        for i in range(top, bottom + 1):
            g[i][right] = "#"
        if bottom - top >= 2:
            for j in range(left, right + 1):
                g[bottom][j] = "#"
        if right - left >= 2:
            for i in range(top + 2, bottom + 1):
                g[i][left] = "#"
            if top + 2 <= bottom:
                g[top + 2][left + 1] = "#"
        top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
    return ["".join(row) for row in g]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(31337)
    tests = [
        ("01-checkerboard", checkerboard()),
        ("02-snake", snake()),
        ("03-random", random_land(0.5)),
        ("04-all-land", all_land()),
        ("05-spiral", spiral()),
    ]
    for name, grid in tests:
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write("%d %d\n" % (len(grid), len(grid[0])))
            f.write("\n".join(grid) + "\n")
        with open(os.path.join(out, name + ".ans"), "w") as f:
            f.write("%d\n" % solve(grid))


main()
