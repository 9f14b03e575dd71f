# Runs the capacity upwards, so best[x - w] may already contain the same good:
# this solves the version where every good can be bought any number of times.
import sys

data = sys.stdin.buffer.read().split()
n, cap = int(data[0]), int(data[1])
best = [0] * (cap + 1)
for i in range(n):
    w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    for x in range(w, cap + 1):
        if best[x - w] + v > best[x]:
            best[x] = best[x - w] + v
print(best[cap])
