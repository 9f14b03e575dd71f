# Loops over the amounts on the outside and the denominations inside, which counts
# every ORDER of handing the coins over: "2, 2, 1" and "1, 2, 2" become two ways.
import sys

MOD = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
n, amount = int(data[0]), int(data[1])
coins = [int(x) for x in data[2:2 + n]]
ways = [0] * (amount + 1)
ways[0] = 1
for x in range(1, amount + 1):
    total = 0
    for c in coins:
        if c <= x:
            total += ways[x - c]
    ways[x] = total % MOD
print(ways[amount])
