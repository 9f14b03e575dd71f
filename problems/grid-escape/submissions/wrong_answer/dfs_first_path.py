# Depth-first search that reports the length of the first path it finds to E.
# In a maze with one route that is the shortest; in an open room it wanders.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    g = [row.decode() for row in data[2:2 + r]]
    for i in range(r):
        for j in range(c):
            if g[i][j] == "S":
                start = (i, j)
    seen = [[False] * c for _ in range(r)]
    stack = [(start[0], start[1], 0)]
    while stack:
        i, j, d = stack.pop()
        if seen[i][j]:
            continue
        seen[i][j] = True
        if g[i][j] == "E":
            print(d)
            return
        for ni, nj in ((i, j - 1), (i - 1, j), (i, j + 1), (i + 1, j)):
            if 0 <= ni < r and 0 <= nj < c and g[ni][nj] != "#" and not seen[ni][nj]:
                stack.append((ni, nj, d + 1))
    print(-1)


main()
