# Also joins cells that only touch at a corner, so diagonal neighbours merge into one island.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    g = [bytearray(row) for row in data[2:2 + r]]
    islands = 0
    for i in range(r):
        for j in range(c):
            if g[i][j] != 35:
                continue
            islands += 1
            g[i][j] = 46
            stack = [(i, j)]
            while stack:
                x, y = stack.pop()
                for dx in (-1, 0, 1):
                    for dy in (-1, 0, 1):
                        nx, ny = x + dx, y + dy
                        if 0 <= nx < r and 0 <= ny < c and g[nx][ny] == 35:
                            g[nx][ny] = 46
                            stack.append((nx, ny))
    print(islands)


main()
