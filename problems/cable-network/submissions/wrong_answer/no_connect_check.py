# Kruskal that forgets to check that all farms ended up connected: it prints
# the cost of the cheapest forest even when the valley stays split.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
cables = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


total = 0
for c, a, b in cables:
    x, y = find(a), find(b)
    if x != y:
        parent[x] = y
        total += c
print(total)
