# A correct three-colour depth-first search, but started only from station 1:
# a loop that no belt from station 1 reaches is missed.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
out = [[] for _ in range(n + 1)]
for i in range(m):
    out[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
colour = [0] * (n + 1)
colour[1] = 1
stack = [(1, iter(out[1]))]
found = False
while stack and not found:
    u, it = stack[-1]
    v = next(it, None)
    if v is None:
        colour[u] = 2
        stack.pop()
    elif colour[v] == 1:
        found = True
    elif colour[v] == 0:
        colour[v] = 1
        stack.append((v, iter(out[v])))
print("YES" if found else "NO")
