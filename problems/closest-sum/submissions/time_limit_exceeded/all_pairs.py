# Correct, but tries every pair: O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    best = 1 << 62
    for i in range(n):
        ai = a[i] - t
        for j in range(i + 1, n):
            d = ai + a[j]
            if d < 0:
                d = -d
            if d < best:
                best = d
    print(best)


main()
