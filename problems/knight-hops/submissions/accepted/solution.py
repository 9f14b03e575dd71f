import sys


def main():
    data = sys.stdin.buffer.read().split()
    R, C = int(data[0]), int(data[1])
    r1, c1, r2, c2 = map(int, data[2 + R:6 + R])
    # The board as one flat array with a border of two blocked squares on every
    # side, so a hop never needs a bounds check.
    W = C + 4
    free = bytearray((R + 4) * W)
    to_bits = bytes.maketrans(b".#", b"\x01\x00")
    for i in range(R):
        base = (i + 2) * W + 2
        free[base:base + C] = data[2 + i].translate(to_bits)
    s = (r1 + 1) * W + c1 + 1
    t = (r2 + 1) * W + c2 + 1
    if s == t:
        print(0)
        return
    hops = (-2 * W - 1, -2 * W + 1, -W - 2, -W + 2, W - 2, W + 2, 2 * W - 1, 2 * W + 1)
    free[s] = 0
    # Breadth-first search, one distance level at a time; a square is marked
    # (set to 0) when it is first reached.
    frontier = [s]
    d = 0
    while frontier:
        d += 1
        nxt = []
        for u in frontier:
            for h in hops:
                v = u + h
                if free[v]:
                    if v == t:
                        print(d)
                        return
                    free[v] = 0
                    nxt.append(v)
        frontier = nxt
    print(-1)


main()
