# Bellman-Ford: relaxes every lane until nothing changes. Correct with
# non-negative tolls, but O(n * m) when shortest routes use many lanes.
import sys

data = sys.stdin.buffer.read().split()
n, m, s = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])) for i in range(m)]
INF = float("inf")
dist = [INF] * (n + 1)
dist[s] = 0
changed = True
while changed:
    changed = False
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            dist[v] = dist[u] + w
            changed = True
print(" ".join(str(d) if d != INF else "-1" for d in dist[1:]))
