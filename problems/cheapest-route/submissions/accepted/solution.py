import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    us = data[3:3 + 3 * m:3]
    vs = data[4:4 + 3 * m:3]
    ws = data[5:5 + 3 * m:3]
    # Adjacency in compressed form: the lanes leaving town u are
    # head[start[u]:start[u + 1]] with tolls cost[...].
    deg = [0] * (n + 2)
    src = list(map(int, us))
    for u in src:
        deg[u + 1] += 1
    for i in range(1, n + 2):
        deg[i] += deg[i - 1]
    start = deg[:]
    pos = deg[:]
    head = [0] * m
    cost = [0] * m
    for u, v, w in zip(src, map(int, vs), map(int, ws)):
        p = pos[u]
        head[p] = v
        cost[p] = w
        pos[u] = p + 1
    INF = -1
    dist = [INF] * (n + 1)
    done = [False] * (n + 1)
    dist[s] = 0
    heap = [(0, s)]
    while heap:
        d, u = heappop(heap)
        if done[u]:
            continue
        done[u] = True
        for p in range(start[u], start[u + 1]):
            v = head[p]
            nd = d + cost[p]
            dv = dist[v]
            if dv < 0 or nd < dv:
                dist[v] = nd
                heappush(heap, (nd, v))
    sys.stdout.write(" ".join(map(str, dist[1:])) + "\n")


main()
