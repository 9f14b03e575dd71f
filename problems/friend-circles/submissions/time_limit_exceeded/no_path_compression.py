# Union-find that always hangs a's root under b's root, with neither path
# compression nor union by size: the trees can become long chains, and each
# find then walks O(n) parents.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
parent = list(range(n + 1))
groups = n
out = []
for i in range(q):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    while parent[a] != a:
        a = parent[a]
    while parent[b] != b:
        b = parent[b]
    if a != b:
        parent[a] = b
        groups -= 1
    out.append(groups)
print("\n".join(map(str, out)))
