# Off by one: subtracts pre[l] instead of pre[l - 1], so day l itself is left out.
import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    pre = [0]
    pre.extend(accumulate(map(int, data[2:2 + n])))
    start = 2 + n
    ls = data[start:start + 2 * q:2]
    rs = data[start + 1:start + 2 * q:2]
    out = [pre[int(r)] - pre[int(l)] for l, r in zip(ls, rs)]
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
