# Fast exponentiation that starts the result at 1 instead of 1 mod m: with b = 0 and
# m = 1 it prints 1, but the one-position wheel can only show 0.
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    a, b, m = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    result = 1
    base = a % m
    while b > 0:
        if b & 1:
            result = result * base % m
        base = base * base % m
        b >>= 1
    out.append(result)
print("\n".join(map(str, out)))
