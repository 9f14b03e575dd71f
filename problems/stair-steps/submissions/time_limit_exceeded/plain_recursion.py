# Counts the climbs by trying every first stride, recursively, with no memory of
# earlier results: the number of calls grows like 1.84^n.
import sys

MOD = 10 ** 9 + 7


def climbs(n):
    if n == 0:
        return 1
    total = 0
    for s in (1, 2, 3):
        if s <= n:
            total += climbs(n - s)
    return total % MOD


data = sys.stdin.buffer.read().split()
q = int(data[0])
print("\n".join(str(climbs(int(x))) for x in data[1:1 + q]))
