# Walks east from every tower until a higher roof: correct, but quadratic on a
# street whose towers get lower towards the east.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n]))
ans = []
for i in range(n):
    a = -1
    for j in range(i + 1, n):
        if h[j] > h[i]:
            a = h[j]
            break
    ans.append(a)
print(" ".join(map(str, ans)))
