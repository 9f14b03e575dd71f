import sys

MOD = 10 ** 9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    ns = list(map(int, data[1:1 + q]))
    top = max(ns)
    # ways[n]: climbs of n steps. The last stride is 1, 2 or 3 steps long, so
    # ways[n] = ways[n-1] + ways[n-2] + ways[n-3], with ways[0] = 1 (the empty climb).
    ways = [0] * (top + 1)
    ways[0] = 1
    a, b, c = 0, 0, 1  # ways[n-3], ways[n-2], ways[n-1]
    for n in range(1, top + 1):
        a, b, c = b, c, (a + b + c) % MOD
        ways[n] = c
    sys.stdout.write("\n".join(str(ways[n]) for n in ns) + "\n")


main()
