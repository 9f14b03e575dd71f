# Correct, but adds up every question's days one by one: O(n * q).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    start = 2 + n
    out = []
    for i in range(q):
        l = int(data[start + 2 * i])
        r = int(data[start + 2 * i + 1])
        s = 0
        for j in range(l - 1, r):
            s += a[j]
        out.append(s)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
