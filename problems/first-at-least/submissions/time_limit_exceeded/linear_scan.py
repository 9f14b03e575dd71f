# Walks the trail from the start for every hiker: O(n * q).
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
for x in map(int, data[2 + n:2 + n + q]):
    i = 0
    while i < n and a[i] < x:
        i += 1
    out.append(i + 1)
print("\n".join(map(str, out)))
