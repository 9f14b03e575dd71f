# Correct, but asks list.count for every entry, which scans the whole list: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = list(map(int, data[1:1 + n]))
for x in v:
    if v.count(x) == 1:
        print(x)
        break
