# Counts all values first, then pairs every token with every token holding k - x and halves
# the result. When 2x = k this also pairs a token with itself.
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    cnt = Counter(map(int, data[2:2 + n]))
    total = 0
    for x, c in cnt.items():
        total += c * cnt.get(k - x, 0)
    print(total // 2)


main()
