# Counts one circle fewer after every introduction that names two different
# campers, even when they already are in the same circle.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
groups = n
out = []
for i in range(q):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    if a != b:
        groups -= 1
    out.append(groups)
print("\n".join(map(str, out)))
