# Sorts the log and compares neighbours two by two, but when no pair differs it
# prints 0 instead of the last value: wrong whenever the lonely value is the largest.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = sorted(map(int, data[1:1 + n]))
ans = 0
for i in range(0, n - 1, 2):
    if v[i] != v[i + 1]:
        ans = v[i]
        break
print(ans)
