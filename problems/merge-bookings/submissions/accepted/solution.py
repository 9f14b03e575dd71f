import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    ls = list(map(int, data[1:1 + 2 * n:2]))
    rs = list(map(int, data[2:2 + 2 * n:2]))
    del data
    # Sort the bookings by start; a booking joins the current busy period when it starts
    # no later than the period's end (sharing one moment is enough).
    order = sorted(range(n), key=ls.__getitem__)
    out = []
    cur_l = cur_r = -1
    for i in order:
        l = ls[i]
        r = rs[i]
        if l <= cur_r:
            if r > cur_r:
                cur_r = r
        else:
            if cur_r >= 0:
                out.append("%d %d" % (cur_l, cur_r))
            cur_l = l
            cur_r = r
    out.append("%d %d" % (cur_l, cur_r))
    sys.stdout.write("%d\n%s\n" % (len(out), "\n".join(out)))


main()
