import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    # cur: the best sum of a stretch that ends on the current day. It either extends
    # the best stretch ending the day before or starts afresh, whichever is larger.
    best = cur = a[0]
    for x in a[1:]:
        if cur < 0:
            cur = x
        else:
            cur += x
        if cur > best:
            best = cur
    print(best)


main()
