import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = [int(x) for x in data[2:2 + n]]
    # best[x]: fewest coins adding up to x with the denominations handled so far.
    # Nobody needs more than `amount` coins, so amount + 1 stands for "impossible".
    inf = amount + 1
    best = [0] + [inf] * amount
    for c in coins:
        if c > amount:
            continue
        for x in range(c, amount + 1):
            v = best[x - c] + 1
            if v < best[x]:
                best[x] = v
    print(best[amount] if best[amount] < inf else -1)


main()
