# Correct, but counts the 1 digits of every number from 1 to n one by one.
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for x in data[1:1 + q]:
    n = int(x)
    res = 0
    for i in range(1, n + 1):
        res += bin(i).count("1")
    out.append(res)
print("\n".join(map(str, out)))
