# Sorts by finish time as it should, but demands that a talk start strictly after the
# previous one finished, so back-to-back talks are never both taken.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
vals = list(map(int, data[1:1 + 2 * n]))
count = 0
free_at = -1
for e, s in sorted(zip(vals[1::2], vals[0::2])):
    if s > free_at:
        count += 1
        free_at = e
print(count)
