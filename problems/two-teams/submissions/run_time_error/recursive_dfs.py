# Depth-first search by recursion: correct, but a chain of rivals thousands
# of people long goes past Python's recursion limit (RecursionError).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[a].append(b)
    adj[b].append(a)
team = [0] * (n + 1)


def place(u, t):
    team[u] = t
    for v in adj[u]:
        if team[v] == 0:
            if not place(v, 3 - t):
                return False
        elif team[v] == t:
            return False
    return True


ok = True
for s in range(1, n + 1):
    if team[s] == 0 and not place(s, 1):
        ok = False
        break
print(" ".join(map(str, team[1:])) if ok else "IMPOSSIBLE")
