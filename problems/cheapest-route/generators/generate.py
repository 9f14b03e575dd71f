#!/usr/bin/env python3
"""Writes the large tests of cheapest-route into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys
from heapq import heappop, heappush

N = 200000
M = 200000
W = 10 ** 9


def dijkstra(n, s, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * (n + 1)
    dist[s] = 0
    heap = [(0, s)]
    while heap:
        d, u = heappop(heap)
        if d != dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if dist[v] < 0 or nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    return dist[1:]


def write(outdir, name, n, s, edges):
    assert len(edges) <= M and n <= N
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d %d %d\n" % (n, len(edges), s))
        f.write("".join("%d %d %d\n" % e for e in edges))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write(" ".join(map(str, dijkstra(n, s, edges))) + "\n")


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(20261201)

    # Random lanes over all towns, a random spanning out-tree first so almost
    # every town is reachable (an O(n^2) Dijkstra settles all n of them).
    n = N
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = [(perm[rng.randrange(i)], perm[i], rng.randint(0, W)) for i in range(1, n - 50)]
    while len(edges) < M:
        edges.append((rng.randint(1, n), rng.randint(1, n), rng.randint(0, W)))
    rng.shuffle(edges)
    write(outdir, "01-random", n, perm[0], edges)

    # A long chain of expensive lanes listed from the far end backwards, with
    # dearer shortcuts: the cheapest routes use up to 10^5 lanes (Bellman-Ford
    # needs 10^5 rounds) and costs reach ~10^14.
    n = 100001
    edges = [(i, i + 1, W - rng.randint(0, 10)) for i in range(n - 1, 0, -1)]
    while len(edges) < M:
        a = rng.randint(1, n - 1)
        b = min(n, a + rng.randint(2, 50))
        edges.append((a, b, W * (b - a) + rng.randint(1, 100)))
    edges = edges[: n - 1] + sorted(edges[n - 1:], key=lambda e: -e[0])
    write(outdir, "02-long-chain", n, 1, edges)

    # Many cheap updates: lanes from low towns to high towns whose tolls make
    # every town's cost drop again and again (heap holds many stale entries).
    n = N
    edges = []
    for u in range(1, n):
        edges.append((u, u + 1, 1))
    for _ in range(M - (n - 1)):
        a = rng.randint(1, n // 2)
        b = rng.randint(a + 1, n)
        edges.append((a, b, (n - a) * 3))
    rng.shuffle(edges)
    write(outdir, "03-stale-entries", n, 1, edges)

    # A star from the depot plus free lanes and a big unreachable part.
    n = N
    edges = [(7, v, rng.randint(W // 2, W)) for v in range(1, n // 2 + 1) if v != 7]
    while len(edges) < M:
        a = rng.randint(1, n)
        b = rng.randint(1, n)
        edges.append((a, b, 0 if rng.random() < 0.5 else rng.randint(0, W)))
    rng.shuffle(edges)
    write(outdir, "04-star-and-zero", n, 7, edges)

    # Few towns, very many parallel lanes and self-loops.
    n = 1000
    edges = []
    for _ in range(M):
        a = rng.randint(1, n)
        if rng.random() < 0.1:
            edges.append((a, a, rng.randint(0, W)))
        else:
            edges.append((a, rng.randint(1, n), rng.randint(0, W)))
    write(outdir, "05-parallel", n, n, edges)


if __name__ == "__main__":
    main()
