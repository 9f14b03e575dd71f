# Slides the window one step too few: the stretch that ends on the last day of the
# season is never looked at.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
cur = sum(a[:k])
best = cur
for i in range(k, n - 1):
    cur += a[i] - a[i - k]
    best = max(best, cur)
print(best)
