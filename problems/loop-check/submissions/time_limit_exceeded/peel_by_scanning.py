# Removes stations that no remaining belt enters, one at a time, finding each
# by scanning all stations: correct, but O(n^2) scans.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
out = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    out[a].append(b)
    indeg[b] += 1
removed = [False] * (n + 1)
left = n
while left:
    u = 0
    for v in range(1, n + 1):
        if not removed[v] and indeg[v] == 0:
            u = v
            break
    if u == 0:
        break
    removed[u] = True
    left -= 1
    for v in out[u]:
        indeg[v] -= 1
print("YES" if left else "NO")
