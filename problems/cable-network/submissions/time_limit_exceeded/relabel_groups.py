# Kruskal where every farm carries a group label and a merge relabels the whole
# valley's array (no union-find): each merge costs O(n), O(n^2) in total.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
cables = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
label = list(range(n + 1))
total = 0
joined = 0
for c, a, b in cables:
    la, lb = label[a], label[b]
    if la != lb:
        for v in range(1, n + 1):
            if label[v] == lb:
                label[v] = la
        total += c
        joined += 1
print(total if joined == n - 1 else -1)
