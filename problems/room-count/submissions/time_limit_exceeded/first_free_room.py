# In start order, looks through all open rooms for one that is free: correct, but
# O(n * rooms), quadratic when most meetings overlap.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
vals = list(map(int, data[1:1 + 2 * n]))
rooms = []
for s, e in sorted(zip(vals[0::2], vals[1::2])):
    for k in range(len(rooms)):
        if rooms[k] <= s:
            rooms[k] = e
            break
    else:
        rooms.append(e)
print(len(rooms))
