# Sorts by finish time, then checks each talk against every talk chosen so far:
# correct, but O(n * answer), quadratic when most talks can be attended.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
vals = list(map(int, data[1:1 + 2 * n]))
chosen = []
for e, s in sorted(zip(vals[1::2], vals[0::2])):
    ok = True
    for cs, ce in chosen:
        if cs < e and s < ce:
            ok = False
            break
    if ok:
        chosen.append((s, e))
print(len(chosen))
