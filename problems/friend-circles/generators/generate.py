#!/usr/bin/env python3
"""Writes the large tests of friend-circles into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
Q = 200000


def answers(n, pairs):
    parent = list(range(n + 1))
    groups = n
    out = []
    for a, b in pairs:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a != b:
            parent[a] = b
            groups -= 1
        out.append(groups)
    return out


def write(outdir, name, n, pairs):
    assert 1 <= len(pairs) <= Q and n <= N
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(pairs)))
        f.write("".join("%d %d\n" % p for p in pairs))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("\n".join(map(str, answers(n, pairs))) + "\n")


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(314159)

    # Random introductions among all campers.
    write(outdir, "01-random", N, [(rng.randint(1, N), rng.randint(1, N)) for _ in range(Q)])

    # Camper 1 meets everybody in turn: a union-find that always hangs the
    # first root under the second builds one long chain and walks it each time.
    pairs = [(1, i) for i in range(2, N + 1)]
    pairs.append((N, 1))
    write(outdir, "02-one-meets-all", N, pairs)

    # Neighbours in a line, introduced in random order: one circle at the end.
    pairs = [(i, i + 1) if rng.random() < 0.5 else (i + 1, i) for i in range(1, N)]
    rng.shuffle(pairs)
    pairs.append((rng.randint(1, N), rng.randint(1, N)))
    write(outdir, "03-line-shuffled", N, pairs)

    # Few campers, very many introductions: almost all of them change nothing
    # (repeats, pairs already in one circle, a camper introduced to themself).
    n = 1000
    pairs = []
    for _ in range(Q):
        a = rng.randint(1, n)
        r = rng.random()
        pairs.append((a, a) if r < 0.2 else (a, rng.randint(1, n)))
    write(outdir, "04-few-campers", n, pairs)

    # Two halves that grow separately as chains and are joined at the very end.
    h = N // 2
    pairs = [(i, i - 1) for i in range(2, h + 1)] + [(i, i - 1) for i in range(h + 2, N + 1)]
    pairs = pairs[: Q - 1] + [(1, N)]
    write(outdir, "05-two-halves", N, pairs)


if __name__ == "__main__":
    main()
