#!/usr/bin/env python3
"""Writes the large tests of loop-check into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
M = 200000


def has_loop(n, belts):
    """Kahn's algorithm: a loop exists exactly when some station is never freed."""
    out = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for a, b in belts:
        out[a].append(b)
        indeg[b] += 1
    order = [v for v in range(1, n + 1) if indeg[v] == 0]
    for u in order:
        for v in out[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                order.append(v)
    return len(order) < n


def write(outdir, name, n, belts, expect):
    assert n <= N and len(belts) <= M
    answer = has_loop(n, belts)
    assert answer == expect, name
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(belts)))
        f.write("".join("%d %d\n" % e for e in belts))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("YES\n" if answer else "NO\n")


def random_dag(rng, n, m, labels):
    """m belts that all go from an earlier to a later station of labels."""
    belts = [(labels[i], labels[i + 1]) for i in range(0, n - 1, 2)]
    while len(belts) < m:
        i = rng.randrange(n - 1)
        j = rng.randint(i + 1, min(n - 1, i + rng.choice((2, 50, n))))
        belts.append((labels[i], labels[j]))
    rng.shuffle(belts)
    return belts


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(161803)

    # One chain through every station, 1 -> 2 -> ... -> n: deep, and no loop.
    write(outdir, "01-chain", N, [(i, i + 1) for i in range(1, N)], False)

    # The same chain in shuffled order and labels, closed by one belt back
    # from its end to its start: a single loop through all stations.
    perm = list(range(1, N + 1))
    rng.shuffle(perm)
    belts = [(perm[i], perm[i + 1]) for i in range(N - 1)]
    rng.shuffle(belts)
    belts.append((perm[-1], perm[0]))
    write(outdir, "02-one-big-loop", N, belts, True)

    # A random loop-free layout with many ways to reach the same station.
    labels = list(range(1, N + 1))
    rng.shuffle(labels)
    write(outdir, "03-random-no-loop", N, random_dag(rng, N, M, labels), False)

    # Loop-free, except for one belt back that closes a short loop in the
    # middle of the layout; station 1 only has belts to the last few stations
    # of the layout, so a search from station 1 alone never gets there.
    n = N
    rest = list(range(2, n + 1))
    rng.shuffle(rest)
    belts = random_dag(rng, n - 1, M - 11, rest)
    belts += [(1, rest[-1 - k]) for k in range(10)]
    i = (n // 2) & ~1  # random_dag always lays the belt rest[i] -> rest[i + 1] for even i
    belts.append((rest[i + 1], rest[i]))
    rng.shuffle(belts)
    write(outdir, "04-hidden-loop", n, belts, True)

    # Few stations, very many parallel belts, all in one direction.
    n = 1000
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    write(outdir, "05-dense-no-loop", n, random_dag(rng, n, M, labels), False)

    # A loop-free chain whose very last station has a belt back to itself.
    belts = [(i + 1, i) for i in range(N - 1, 0, -1)]
    belts.append((1, 1))
    write(outdir, "06-chain-self-belt", N, belts, True)


if __name__ == "__main__":
    main()
