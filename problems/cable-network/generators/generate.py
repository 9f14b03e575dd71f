#!/usr/bin/env python3
"""Writes the large tests of cable-network into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
M = 200000
C = 10 ** 9


def mst(n, cables):
    """The cheapest connecting cost (Kruskal), or -1."""
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = joined = 0
    for a, b, c in sorted(cables, key=lambda e: e[2]):
        x, y = find(a), find(b)
        if x != y:
            parent[x] = y
            total += c
            joined += 1
    return total if joined == n - 1 else -1


def write(outdir, name, n, cables):
    assert n <= N and len(cables) <= M and all(a != b for a, b, _ in cables)
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(cables)))
        f.write("".join("%d %d %d\n" % e for e in cables))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % mst(n, cables))


def random_tree(rng, labels):
    return [(labels[rng.randrange(i)], labels[i]) for i in range(1, len(labels))]


def pair(rng, n):
    a = rng.randint(1, n)
    b = rng.randint(1, n - 1)
    return a, b + (b >= a)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(1618033)

    # Connected, random costs: a random spanning tree plus random extra cables.
    n = 150000
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    cables = [(a, b, rng.randint(1, C)) for a, b in random_tree(rng, labels)]
    while len(cables) < M:
        cables.append(pair(rng, n) + (rng.randint(1, C),))
    rng.shuffle(cables)
    write(outdir, "01-random", n, cables)

    # Many equal costs (1..5) over a denser graph.
    n = 100000
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    cables = [(a, b, rng.randint(1, 5)) for a, b in random_tree(rng, labels)]
    while len(cables) < M:
        cables.append(pair(rng, n) + (rng.randint(1, 5),))
    rng.shuffle(cables)
    write(outdir, "02-ties", n, cables)

    # Two big halves, each well connected, with no cable between them: -1.
    n = N
    h = n // 2
    left = list(range(1, h + 1))
    right = list(range(h + 1, n + 1))
    rng.shuffle(left)
    rng.shuffle(right)
    cables = [(a, b, rng.randint(1, C)) for a, b in random_tree(rng, left) + random_tree(rng, right)]
    cables = cables[: M - 2]
    cables += [(left[0], left[1], 1), (right[0], right[1], 1)]
    rng.shuffle(cables)
    write(outdir, "03-two-halves", n, cables)

    # A chain of the most expensive cables: the total is (n - 1) * 10^9.
    n = N
    cables = [(i, i + 1, C) for i in range(1, n)]
    cables.append((1, n, C))
    rng.shuffle(cables)
    write(outdir, "04-expensive-chain", n, cables)

    # Few farms, very many parallel cables between them.
    n = 700
    cables = [pair(rng, n) + (rng.randint(C - 10 ** 6, C),) for _ in range(M)]
    write(outdir, "05-parallel", n, cables)

    # A chain whose cheap cables would close loops: the cheapest cables all
    # join farms 1..1000 among themselves, the chain to the rest is dear.
    n = N
    cables = [(i, i + 1, C - rng.randint(0, 1000)) for i in range(1, n)]
    while len(cables) < M:
        cables.append(pair(rng, 1000) + (rng.randint(1, 10),))
    rng.shuffle(cables)
    write(outdir, "06-cheap-loops", n, cables)


if __name__ == "__main__":
    main()
