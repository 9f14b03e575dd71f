#!/usr/bin/env python3
"""Writes the large tests of two-teams into OUTDIR (deterministic).

Usage: generate.py OUTDIR

Each answer file holds one valid split (team numbers 1/2) or IMPOSSIBLE; the output validator
accepts any valid split.
"""
import os
import random
import sys

N = 200000
M = 200000


def split(n, pairs):
    """One valid split as a list of team numbers for people 1..n, or None."""
    adj = [[] for _ in range(n + 1)]
    for a, b in pairs:
        adj[a].append(b)
        adj[b].append(a)
    team = [0] * (n + 1)
    for s in range(1, n + 1):
        if team[s]:
            continue
        team[s] = 1
        queue = [s]
        for u in queue:
            for v in adj[u]:
                if team[v] == 0:
                    team[v] = 3 - team[u]
                    queue.append(v)
                elif team[v] == team[u]:
                    return None
    return team[1:]


def write(outdir, name, n, pairs):
    assert n <= N and len(pairs) <= M and all(a != b for a, b in pairs)
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d\n" % (n, len(pairs)))
        f.write("".join("%d %d\n" % p for p in pairs))
    teams = split(n, pairs)
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("IMPOSSIBLE\n" if teams is None else " ".join(map(str, teams)) + "\n")


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(271828)

    # A hidden split; a random spanning tree plus random pairs across it.
    n = 100000
    side = [0] + [rng.randint(1, 2) for _ in range(n)]
    ones = [i for i in range(1, n + 1) if side[i] == 1]
    twos = [i for i in range(1, n + 1) if side[i] == 2]
    order = list(range(1, n + 1))
    rng.shuffle(order)
    pairs = []
    for i in range(1, n):
        v = order[i]
        # attach v to an earlier person of the other team (skip when there is none yet)
        for _ in range(30):
            u = order[rng.randrange(i)]
            if side[u] != side[v]:
                pairs.append((u, v))
                break
    while len(pairs) < M:
        pairs.append((rng.choice(ones), rng.choice(twos)) if rng.random() < 0.5
                     else (rng.choice(twos), rng.choice(ones)))
    rng.shuffle(pairs)
    write(outdir, "01-random-possible", n, pairs)

    # One chain of rivals 1-2-...-n, listed from the far end backwards.
    n = N
    write(outdir, "02-chain-backwards", n, [(i + 1, i) for i in range(n - 1, 0, -1)])

    # A chain through all people in random order, pairs shuffled, closed into
    # an odd circle by one last pair between its two ends.
    n = N - 1
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    pairs = [(perm[i], perm[i + 1]) for i in range(n - 1)]
    rng.shuffle(pairs)
    pairs.append((perm[-1], perm[0]))
    write(outdir, "03-long-odd-circle", n, pairs)

    # Many small groups (even circles and chains); the very last group is an
    # odd circle.
    n = N
    pairs = []
    v = 1
    while v + 12 <= n - 20:
        k = rng.randint(2, 12)
        group = list(range(v, v + k))
        pairs += [(group[i], group[i + 1]) for i in range(k - 1)]
        if k % 2 == 0:
            pairs.append((group[-1], group[0]))
        v += k
    odd = list(range(n - 14, n + 1))
    pairs += [(odd[i], odd[(i + 1) % 15]) for i in range(15)]
    pairs = pairs[-M:]
    write(outdir, "04-many-groups-odd-last", n, pairs)

    # Everybody in 1..400 is a rival of everybody in 401..900; the rest have none.
    n = N
    pairs = [(a, b) if (a + b) % 2 else (b, a) for a in range(1, 401) for b in range(401, 901)]
    rng.shuffle(pairs)
    write(outdir, "05-complete-two-sides", n, pairs)


if __name__ == "__main__":
    main()
