#!/usr/bin/env python3
"""Writes the large tests of knight-hops into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

HOPS = ((1, 2), (1, -2), (-1, 2), (-1, -2), (2, 1), (2, -1), (-2, 1), (-2, -1))


def distances(board, r1, c1):
    """Hop counts from (r1, c1) (0-based) to every square, -1 where unreachable."""
    R, C = len(board), len(board[0])
    dist = [[-1] * C for _ in range(R)]
    dist[r1][c1] = 0
    frontier = [(r1, c1)]
    d = 0
    while frontier:
        d += 1
        nxt = []
        for r, c in frontier:
            for dr, dc in HOPS:
                a, b = r + dr, c + dc
                if 0 <= a < R and 0 <= b < C and board[a][b] == "." and dist[a][b] < 0:
                    dist[a][b] = d
                    nxt.append((a, b))
        frontier = nxt
    return dist


def write(outdir, name, board, start, target):
    (r1, c1), (r2, c2) = start, target
    assert board[r1][c1] == "." and board[r2][c2] == "."
    assert 1 <= len(board) <= 500 and 1 <= len(board[0]) <= 500
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (len(board), len(board[0])))
        f.write("".join(row + "\n" for row in board))
        f.write("%d %d %d %d\n" % (r1 + 1, c1 + 1, r2 + 1, c2 + 1))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % distances(board, r1, c1)[r2][c2])


def farthest(board, start):
    dist = distances(board, *start)
    best = max((d, r, c) for r, row in enumerate(dist) for c, d in enumerate(row))
    return best[1], best[2]


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(64)
    R = C = 500

    # An empty board, corner to opposite corner.
    board = ["." * C] * R
    write(outdir, "01-open-corners", board, (0, 0), (R - 1, C - 1))

    # A winding maze: strips of two free rows between bands of two blocked rows
    # (a knight cannot jump a two-row band), joined at alternating ends. The
    # target is the square farthest from the start: about 3*10^4 hops.
    g = [bytearray(b"." * C) for _ in range(R)]
    for k in range(R // 4):
        for r in (4 * k + 2, 4 * k + 3):
            g[r][:] = b"#" * C
            if k < R // 4 - 1:
                cols = range(C - 4, C) if k % 2 == 0 else range(4)
                for c in cols:
                    g[r][c] = ord(".")
    board = [row.decode() for row in g]
    write(outdir, "02-snake", board, (0, 0), farthest(board, (0, 0)))

    # Random pots on 30% of the squares, a far-apart start and target.
    g = [bytearray(b"." * C) for _ in range(R)]
    for r in range(R):
        for c in range(C):
            if rng.random() < 0.3:
                g[r][c] = ord("#")
    g[0][0] = g[R - 1][C - 1] = ord(".")
    board = [row.decode() for row in g]
    write(outdir, "03-random-pots", board, (0, 0), (R - 1, C - 1))

    # The target's corner is cut off by pots: the whole board is searched in vain.
    g = [bytearray(b"." * C) for _ in range(R)]
    for r, c in ((R - 3, C - 3), (R - 3, C - 2), (R - 3, C - 1), (R - 2, C - 3), (R - 2, C - 2),
                 (R - 2, C - 1), (R - 1, C - 3), (R - 1, C - 2)):
        g[r][c] = ord("#")
    board = [row.decode() for row in g]
    write(outdir, "04-cut-off", board, (0, 0), (R - 1, C - 1))

    # A long thin board: 2 rows, 500 columns.
    board = ["." * C] * 2
    write(outdir, "05-two-rows", board, (0, 0), (1, C - 2))

    # A tall narrow board, 500 x 3, with a few pots.
    g = [bytearray(b"...") for _ in range(R)]
    for r in range(5, R - 5, 97):
        g[r][1] = ord("#")
    board = [row.decode() for row in g]
    write(outdir, "06-three-columns", board, (0, 1), (R - 1, 0))


if __name__ == "__main__":
    main()
