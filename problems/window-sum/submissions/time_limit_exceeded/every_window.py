# Adds up every stretch of k days from scratch: correct, but about (n - k) * k
# additions, 10^10 when k is close to n / 2.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = None
for i in range(n - k + 1):
    s = 0
    for j in range(i, i + k):
        s += a[j]
    if best is None or s > best:
        best = s
print(best)
