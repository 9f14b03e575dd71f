# Treats a fare of 0 as impossible ("no coins, no payment") instead of the one
# way of handing over nothing.
import sys

MOD = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
n, amount = int(data[0]), int(data[1])
coins = [int(x) for x in data[2:2 + n]]
if amount == 0:
    print(0)
else:
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] = (ways[x] + ways[x - c]) % MOD
    print(ways[amount])
