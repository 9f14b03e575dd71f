import sys
from bisect import bisect_right
from itertools import compress
from math import isqrt


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    ns = list(map(int, data[1:1 + q]))
    top = max(max(ns), 1)
    # Sieve of Eratosthenes once, up to the largest distance asked about.
    sieve = bytearray([1]) * (top + 1)
    sieve[0] = sieve[1] = 0
    for i in range(2, isqrt(top) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, top + 1, i)))
    primes = list(compress(range(top + 1), sieve))
    # The number of primes <= n is the number of list entries <= n.
    out = [bisect_right(primes, n) for n in ns]
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
