# A recursive flood fill: correct, but a long winding island is deeper than Python's
# recursion limit, so it stops with RecursionError.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    g = [bytearray(row) for row in data[2:2 + r]]

    def fill(x, y):
        if x < 0 or y < 0 or x >= r or y >= c or g[x][y] != 35:
            return
        g[x][y] = 46
        fill(x + 1, y)
        fill(x - 1, y)
        fill(x, y + 1)
        fill(x, y - 1)

    islands = 0
    for i in range(r):
        for j in range(c):
            if g[i][j] == 35:
                islands += 1
                fill(i, j)
    print(islands)


main()
