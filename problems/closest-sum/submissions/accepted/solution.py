import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    i, j = 0, n - 1
    best = 1 << 62
    while i < j:
        d = a[i] + a[j] - t
        if d < 0:
            if -d < best:
                best = -d
            i += 1
        elif d > 0:
            if d < best:
                best = d
            j -= 1
        else:
            best = 0
            break
    print(best)


main()
