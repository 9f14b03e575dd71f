import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    # best[x]: the most coins earned by goods (among those handled so far) weighing at
    # most x grams in total. Going through x from high to low uses every good at most once.
    best = [0] * (cap + 1)
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if w > cap:
            continue
        for x in range(cap, w - 1, -1):
            t = best[x - w] + v
            if t > best[x]:
                best[x] = t
    print(best[cap])


main()
