# Sieves up to the largest n, but stops crossing out one step too early:
# range(2, isqrt(top)) leaves out isqrt(top), so when top is the square of a prime
# (4, 9, 49, ...) that square is never crossed out and is counted as a prime.
import sys
from bisect import bisect_right
from math import isqrt

data = sys.stdin.buffer.read().split()
q = int(data[0])
ns = list(map(int, data[1:1 + q]))
top = max(max(ns), 1)
sieve = bytearray([1]) * (top + 1)
sieve[0] = sieve[1] = 0
for i in range(2, isqrt(top)):
    if sieve[i]:
        sieve[i * i::i] = bytes(len(range(i * i, top + 1, i)))
primes = [i for i in range(top + 1) if sieve[i]]
print("\n".join(str(bisect_right(primes, n)) for n in ns))
