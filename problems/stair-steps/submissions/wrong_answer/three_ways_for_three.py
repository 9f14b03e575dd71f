# Seeds the table with ways[1] = 1, ways[2] = 2, ways[3] = 3, forgetting that a
# single stride of three steps is a climb of its own (the true count is 4).
import sys

MOD = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
q = int(data[0])
ns = list(map(int, data[1:1 + q]))
top = max(max(ns), 3)
ways = [0, 1, 2, 3] + [0] * (top - 3)
for n in range(4, top + 1):
    ways[n] = (ways[n - 1] + ways[n - 2] + ways[n - 3]) % MOD
print("\n".join(str(ways[n]) for n in ns))
