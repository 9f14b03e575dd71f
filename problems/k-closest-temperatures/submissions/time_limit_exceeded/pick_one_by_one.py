# Picks the closest unused reading k times, scanning all readings each time: O(n * k).
import sys

data = sys.stdin.buffer.read().split()
n, k, t = int(data[0]), int(data[1]), int(data[2])
a = list(map(int, data[3:3 + n]))
used = [False] * n
chosen = []
for _ in range(k):
    best = -1
    for i in range(n):
        if not used[i]:
            if best < 0 or (abs(a[i] - t), a[i]) < (abs(a[best] - t), a[best]):
                best = i
    used[best] = True
    chosen.append(a[best])
chosen.sort()
print(" ".join(map(str, chosen)))
