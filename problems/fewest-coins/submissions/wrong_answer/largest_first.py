# Greedy: always hands over the largest coin that still fits. Fails for
# denominations like 1, 3, 4 (fare 6: 4 + 1 + 1 instead of 3 + 3), and can even
# miss that a fare is payable at all (5 and 3 for a fare of 9).
import sys

data = sys.stdin.buffer.read().split()
n, amount = int(data[0]), int(data[1])
coins = sorted((int(x) for x in data[2:2 + n]), reverse=True)
used = 0
rest = amount
for c in coins:
    used += rest // c
    rest %= c
print(used if rest == 0 else -1)
