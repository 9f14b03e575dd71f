# Tries k = 1, 2, 3, ... until k * k is too big: correct, but up to 10^9 steps for
# a single customer with 10^18 tiles.
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for t in data[1:1 + q]:
    x = int(t)
    k = 0
    while (k + 1) * (k + 1) <= x:
        k += 1
    out.append(k)
print("\n".join(map(str, out)))
