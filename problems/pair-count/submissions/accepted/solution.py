import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    seen = {}  # value -> how many earlier tokens hold it
    total = 0
    get = seen.get
    for x in map(int, data[2:2 + n]):
        total += get(k - x, 0)
        seen[x] = get(x, 0) + 1
    print(total)


main()
