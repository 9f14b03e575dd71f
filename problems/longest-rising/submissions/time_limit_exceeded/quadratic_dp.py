# Correct but O(n^2): best[i] is the longest rising subsequence ending at position i.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    best = [1] * n
    for i in range(n):
        x = a[i]
        b = 1
        for j in range(i):
            if a[j] < x and best[j] + 1 > b:
                b = best[j] + 1
        best[i] = b
    print(max(best))


main()
