# Keeps the busy periods found so far in an unsorted list and compares every new
# booking with all of them: correct, but O(n * m), quadratic when few bookings overlap.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
periods = []
for i in range(n):
    l, r = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    keep = []
    for p in periods:
        if p[0] <= r and l <= p[1]:
            l = min(l, p[0])
            r = max(r, p[1])
        else:
            keep.append(p)
    keep.append((l, r))
    periods = keep
periods.sort()
print(len(periods))
print("\n".join("%d %d" % p for p in periods))
