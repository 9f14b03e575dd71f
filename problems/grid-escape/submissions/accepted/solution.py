# Breadth-first search, one level at a time, on a flat grid with a wall border.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    flat = b"#" * w + b"".join(b"#" + row + b"#" for row in data[2:2 + r]) + b"#" * w
    start, end = flat.find(b"S"), flat.find(b"E")
    # seen[p] is 1 for walls and for cells already reached.
    seen = bytearray(flat.translate(bytes.maketrans(b".#SE", b"\x00\x01\x00\x00")))
    seen[start] = 1
    frontier = [start]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        push = nxt.append
        for p in frontier:
            q = p - 1
            if not seen[q]:
                seen[q] = 1
                push(q)
            q = p + 1
            if not seen[q]:
                seen[q] = 1
                push(q)
            q = p - w
            if not seen[q]:
                seen[q] = 1
                push(q)
            q = p + w
            if not seen[q]:
                seen[q] = 1
                push(q)
        if seen[end]:
            print(steps)
            return
        frontier = nxt
    print(-1)


main()
