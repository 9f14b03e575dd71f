# Off by one: subtracts pre[l] instead of pre[l - 1], so day l itself is left out
# unless the question starts on day 1 (treated as a special case).
import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    pre = [0]
    pre.extend(accumulate(map(int, data[2:2 + n])))
    start = 2 + n
    out = []
    for i in range(q):
        l = int(data[start + 2 * i])
        r = int(data[start + 2 * i + 1])
        if l == 1:
            out.append(pre[r])
        else:
            out.append(pre[r] - pre[l])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
