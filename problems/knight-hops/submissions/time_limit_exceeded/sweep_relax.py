# Sweeps the whole board again and again, lowering each square's distance to
# one more than its best neighbour's, until a sweep changes nothing. Correct,
# but a winding route needs a sweep for almost every hop.
import sys

data = sys.stdin.buffer.read().split()
R, C = int(data[0]), int(data[1])
board = [data[2 + i] for i in range(R)]
r1, c1, r2, c2 = (int(x) - 1 for x in data[2 + R:6 + R])
INF = 10 ** 9
dist = [[INF] * C for _ in range(R)]
dist[r1][c1] = 0
hops = ((1, 2), (1, -2), (-1, 2), (-1, -2), (2, 1), (2, -1), (-2, 1), (-2, -1))
free = [(r, c) for r in range(R) for c in range(C) if board[r][c] == 46]
changed = True
while changed:
    changed = False
    for r, c in free:
        best = dist[r][c]
        for dr, dc in hops:
            a, b = r + dr, c + dc
            if 0 <= a < R and 0 <= b < C and dist[a][b] + 1 < best:
                best = dist[a][b] + 1
        if best < dist[r][c]:
            dist[r][c] = best
            changed = True
print(dist[r2][c2] if dist[r2][c2] < INF else -1)
