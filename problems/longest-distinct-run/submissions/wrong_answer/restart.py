# When a new colour would be one too many, throws the whole window away and starts again at the
# new stripe, instead of moving the left edge only as far as needed.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[1])
    s = data[2]
    seen = set()
    start = 0
    best = 0
    for i, c in enumerate(s):
        if c not in seen and len(seen) == k:
            seen = set()
            start = i
        seen.add(c)
        best = max(best, i - start + 1)
    print(best)


main()
