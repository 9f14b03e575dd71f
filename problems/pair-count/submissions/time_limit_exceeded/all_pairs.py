# Correct, but checks every pair: O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    total = 0
    for i in range(n):
        need = k - a[i]
        for j in range(i + 1, n):
            if a[j] == need:
                total += 1
    print(total)


main()
