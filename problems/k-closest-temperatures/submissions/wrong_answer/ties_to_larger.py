# Grows the window correctly but breaks ties towards the larger reading.
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n, k, t = int(data[0]), int(data[1]), int(data[2])
a = sorted(map(int, data[3:3 + n]))
r = bisect_left(a, t)
l = r - 1
for _ in range(k):
    if l < 0:
        r += 1
    elif r >= n:
        l -= 1
    elif t - a[l] < a[r] - t:
        l -= 1
    else:
        r += 1
print(" ".join(map(str, a[l + 1:r])))
