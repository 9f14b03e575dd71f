import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    xs = list(map(int, data[2 + n:2 + n + q]))
    del data
    # Answer the queries offline, from the smallest target up: the first position with
    # a[i] >= x only moves right as x grows, so one pointer walks the trail once.
    # O((n + q) + q log q) -- the same bound as one binary search per query, and it
    # allocates far less under PyPy than calling bisect 2*10^5 times.
    order = sorted(range(q), key=xs.__getitem__)
    out = [0] * q
    i = 0
    for j in order:
        x = xs[j]
        while i < n and a[i] < x:
            i += 1
        out[j] = i + 1
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
