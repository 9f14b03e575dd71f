# Tries every first day and extends the stretch one day at a time: O(n^2), far too
# slow for 2*10^5 days even under PyPy.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
best = a[0]
for l in range(n):
    s = 0
    for r in range(l, n):
        s += a[r]
        if s > best:
            best = s
print(best)
