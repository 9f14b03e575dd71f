# Scans left and right from every column for the tallest walls: correct, but
# quadratic on every input.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n]))
total = 0
for i in range(n):
    total += min(max(h[:i + 1]), max(h[i:])) - h[i]
print(total)
