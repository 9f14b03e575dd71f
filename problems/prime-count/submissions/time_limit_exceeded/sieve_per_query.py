# Correct, but runs the sieve again for every batch: O(q * n log log n) in total.
import sys
from math import isqrt

data = sys.stdin.buffer.read().split()
q = int(data[0])
ns = [int(x) for x in data[1:1 + q]]
top = max(max(ns), 1)
sieve = bytearray(top + 1)  # one buffer, filled afresh for every batch
out = []
for n in ns:
    if n < 2:
        out.append(0)
        continue
    sieve[0:n + 1] = b"\x01" * (n + 1)
    sieve[0] = sieve[1] = 0
    for i in range(2, isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i:n + 1:i] = bytes(len(range(i * i, n + 1, i)))
    out.append(sieve.count(1, 0, n + 1))
print("\n".join(map(str, out)))
