# A correct three-colour depth-first search written with recursion: a chain of
# belts thousands of stations long goes past Python's recursion limit and the
# program dies with RecursionError.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
out = [[] for _ in range(n + 1)]
for i in range(m):
    out[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
colour = [0] * (n + 1)


def visit(u):
    colour[u] = 1
    for v in out[u]:
        if colour[v] == 1:
            return True
        if colour[v] == 0 and visit(v):
            return True
    colour[u] = 2
    return False


print("YES" if any(colour[s] == 0 and visit(s) for s in range(1, n + 1)) else "NO")
