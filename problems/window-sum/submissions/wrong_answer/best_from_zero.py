# Starts the best total at 0 instead of the first window, so when the river fell over
# every stretch it prints 0, a total no stretch has.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = 0
cur = 0
for i in range(n):
    cur += a[i]
    if i >= k:
        cur -= a[i - k]
    if i >= k - 1 and cur > best:
        best = cur
print(best)
