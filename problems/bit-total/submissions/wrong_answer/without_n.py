# Uses the repeating pattern of each bit, but over the n numbers 0..n-1 instead of the
# n + 1 numbers 0..n: the ones of n itself are never counted.
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for x in data[1:1 + q]:
    n = int(x)
    res = 0
    k = 0
    while (1 << k) <= n:
        block, half = 1 << (k + 1), 1 << k
        res += (n // block) * half + max(0, n % block - half)
        k += 1
    out.append(res)
print("\n".join(map(str, out)))
