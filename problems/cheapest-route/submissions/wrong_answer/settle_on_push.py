# Fixes a town's cost the first time it is reached (as BFS does) instead of when
# it leaves the heap: a cheaper route over more lanes, found later, is ignored.
import sys
from heapq import heappush, heappop

data = sys.stdin.buffer.read().split()
n, m, s = int(data[0]), int(data[1]), int(data[2])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
    adj[u].append((v, w))
dist = [-1] * (n + 1)
dist[s] = 0
heap = [(0, s)]
while heap:
    d, u = heappop(heap)
    for v, w in adj[u]:
        if dist[v] < 0:
            dist[v] = d + w
            heappush(heap, (d + w, v))
print(" ".join(map(str, dist[1:])))
