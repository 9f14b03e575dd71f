import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for t in data[1:1 + q]:
        x = int(t)
        # Invariant: lo * lo <= x < hi * hi. Since x <= 10^18, hi = 10^9 + 1 is high enough.
        lo, hi = 0, 1000000001
        while hi - lo > 1:
            mid = (lo + hi) >> 1
            if mid * mid <= x:
                lo = mid
            else:
                hi = mid
        out.append(lo)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
