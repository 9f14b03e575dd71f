# Loops while i <= j, so a flask can be paired with itself (2 * a_i is allowed).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    i, j = 0, n - 1
    best = 1 << 62
    while i <= j:
        d = a[i] + a[j] - t
        best = min(best, abs(d))
        if d < 0:
            i += 1
        elif d > 0:
            j -= 1
        else:
            break
    print(best)


main()
