# Correct, but grows a window from every starting stripe separately: O(n^2) when the windows
# are long.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[1])
    s = data[2]
    n = len(s)
    best = 0
    for i in range(n):
        seen = set()
        j = i
        while j < n:
            c = s[j]
            if c not in seen:
                if len(seen) == k:
                    break
                seen.add(c)
            j += 1
        if j - i > best:
            best = j - i
    print(best)


main()
