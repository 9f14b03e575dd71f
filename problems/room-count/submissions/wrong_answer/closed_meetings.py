# Frees a room only when its meeting ended strictly before the new one starts, as if
# meetings were closed intervals: touching meetings get separate rooms.
import heapq
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
vals = list(map(int, data[1:1 + 2 * n]))
ends = []
for s, e in sorted(zip(vals[0::2], vals[1::2])):
    if ends and ends[0] < s:
        heapq.heapreplace(ends, e)
    else:
        heapq.heappush(ends, e)
print(len(ends))
