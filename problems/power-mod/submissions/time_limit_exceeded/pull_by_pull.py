# Correct, but simulates the lever one pull at a time: b multiplications per setting,
# and b can be 10^18.
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    a, b, m = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    x = 1 % m
    f = a % m
    for _ in range(b):
        x = x * f % m
    out.append(x)
print("\n".join(map(str, out)))
