# Starts the answer at 0, as if an empty stretch were allowed: prints 0 instead of
# the smallest loss when every day was a loss.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
best = cur = 0
for x in map(int, data[1:1 + n]):
    cur = max(0, cur + x)
    best = max(best, cur)
print(best)
