# Greedy by start time: always takes the next talk that starts first. One long early
# talk then blocks several short ones.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
vals = list(map(int, data[1:1 + 2 * n]))
count = 0
free_at = 0
for s, e in sorted(zip(vals[0::2], vals[1::2])):
    if s >= free_at:
        count += 1
        free_at = e
print(count)
