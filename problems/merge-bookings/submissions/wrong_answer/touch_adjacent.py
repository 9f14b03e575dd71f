# Treats moments as whole units and also joins bookings that merely follow each
# other ([1, 4] and [5, 6]), which the statement keeps apart.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
b = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
out = []
cur_l, cur_r = b[0]
for l, r in b[1:]:
    if l <= cur_r + 1:
        cur_r = max(cur_r, r)
    else:
        out.append((cur_l, cur_r))
        cur_l, cur_r = l, r
out.append((cur_l, cur_r))
print(len(out))
print("\n".join("%d %d" % p for p in out))
