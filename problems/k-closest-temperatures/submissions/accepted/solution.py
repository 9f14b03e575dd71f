import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, k, t = int(data[0]), int(data[1]), int(data[2])
    a = sorted(map(int, data[3:3 + n]))
    del data
    # In sorted order the k closest readings form one window around t. Grow it from the
    # split point: the left candidate is < t, the right one >= t, so on a tie the left
    # one is the smaller reading and wins.
    r = bisect_left(a, t)
    l = r - 1
    for _ in range(k):
        if l < 0:
            r += 1
        elif r >= n:
            l -= 1
        elif t - a[l] <= a[r] - t:
            l -= 1
        else:
            r += 1
    sys.stdout.write(" ".join(map(str, a[l + 1:r])) + "\n")


main()
