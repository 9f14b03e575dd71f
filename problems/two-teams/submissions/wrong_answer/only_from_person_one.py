# Searches only the group of person 1 and puts everybody it did not reach in
# team 1: rivals elsewhere end up together, and an odd circle of rivals that
# does not contain person 1 goes unnoticed.
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[a].append(b)
    adj[b].append(a)
team = [0] * (n + 1)
team[1] = 1
q = deque([1])
while q:
    u = q.popleft()
    for v in adj[u]:
        if team[v] == 0:
            team[v] = 3 - team[u]
            q.append(v)
        elif team[v] == team[u]:
            print("IMPOSSIBLE")
            sys.exit()
print(" ".join(str(t or 1) for t in team[1:]))
