#!/usr/bin/env python3
"""Writes grid-escape's large tests into OUTDIR (argv[1]), answers computed by BFS."""
import os
import random
import sys
from collections import deque

R = C = 1000


def solve(grid):
    r, c = len(grid), len(grid[0])
    w = c + 2
    flat = "#" * w + "".join("#" + row + "#" for row in grid) + "#" * w
    start, end = flat.index("S"), flat.index("E")
    dist = [-1] * len(flat)
    for i, ch in enumerate(flat):
        if ch == "#":
            dist[i] = -2
    dist[start] = 0
    queue = deque([start])
    while queue:
        p = queue.popleft()
        if p == end:
            return dist[p]
        d = dist[p] + 1
        for q in (p - 1, p + 1, p - w, p + w):
            if dist[q] == -1:
                dist[q] = d
                queue.append(q)
    return -1


def put(grid, r, c, ch):
    row = grid[r]
    grid[r] = row[:c] + ch + row[c + 1:]


def open_field():
    g = ["." * C for _ in range(R)]
    put(g, 0, 0, "S")
    put(g, R - 1, C - 1, "E")
    return g


def snake():
    # Corridors along even rows; odd rows are walls with one gap, alternating sides.
    g = []
    for r in range(R):
        if r % 2 == 0:
            g.append("." * C)
        else:
            gap = C - 1 if r % 4 == 1 else 0
            g.append("#" * gap + "." + "#" * (C - gap - 1))
    put(g, 0, 0, "S")
    last = R - 2
    put(g, last, C - 1 if (last // 2) % 2 == 1 else 0, "E")
    return g


def random_walls(density):
    g = ["".join("#" if random.random() < density else "." for _ in range(C)) for _ in range(R)]
    put(g, 0, 0, "S")
    put(g, R - 1, C - 1, "E")
    return g


def sealed_exit():
    # Everything is open except a ring of walls around E: the search explores the whole grid.
    g = ["." * C for _ in range(R)]
    er, ec = R // 2, C // 2
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            put(g, er + dr, ec + dc, "#")
    put(g, er, ec, "E")
    put(g, R - 1, 0, "S")
    return g


def maze():
    # A perfect maze carved by a randomised depth-first search: one winding path.
    cells = [["#"] * C for _ in range(R)]
    cells[0][0] = "."
    stack = [(0, 0)]
    while stack:
        r, c = stack[-1]
        options = [(r + dr, c + dc, dr, dc) for dr, dc in ((2, 0), (-2, 0), (0, 2), (0, -2))
                   if 0 <= r + dr < R and 0 <= c + dc < C and cells[r + dr][c + dc] == "#"]
        if not options:
            stack.pop()
            continue
        nr, nc, dr, dc = random.choice(options)
        cells[r + dr // 2][c + dc // 2] = "."
        cells[nr][nc] = "."
        stack.append((nr, nc))
    cells[0][0] = "S"
    cells[R - 2][C - 2] = "E"
    return ["".join(row) for row in cells]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(20240611)
    tests = [
        ("01-open", open_field()),
        ("02-snake", snake()),
        ("03-random", random_walls(0.3)),
        ("04-sealed", sealed_exit()),
        ("05-maze", maze()),
    ]
    for name, grid in tests:
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write("%d %d\n" % (len(grid), len(grid[0])))
            f.write("\n".join(grid) + "\n")
        with open(os.path.join(out, name + ".ans"), "w") as f:
            f.write("%d\n" % solve(grid))


main()
