import sys

MOD = 10 ** 9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = [int(x) for x in data[2:2 + n]]
    # ways[x]: ways to pay x with the denominations handled so far. Taking the
    # denominations one at a time (outer loop) counts every choice of coins once,
    # whatever order the coins are handed over in.
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        if c > amount:
            continue
        for x in range(c, amount + 1):
            v = ways[x] + ways[x - c]
            ways[x] = v - MOD if v >= MOD else v
    print(ways[amount])


main()
