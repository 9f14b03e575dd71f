# Flood fill every island with an iterative search on a flat grid bordered by water.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    flat = b"." * w + b"".join(b"." + row + b"." for row in data[2:2 + r]) + b"." * w
    # land[p] is 1 for land that no flood fill has reached yet.
    land = bytearray(flat.translate(bytes.maketrans(b".#", b"\x00\x01")))
    islands = 0
    p = land.find(1)
    while p != -1:
        islands += 1
        land[p] = 0
        stack = [p]
        pop, push = stack.pop, stack.append
        while stack:
            x = pop()
            q = x - 1
            if land[q]:
                land[q] = 0
                push(q)
            q = x + 1
            if land[q]:
                land[q] = 0
                push(q)
            q = x - w
            if land[q]:
                land[q] = 0
                push(q)
            q = x + w
            if land[q]:
                land[q] = 0
                push(q)
        p = land.find(1, p + 1)
    print(islands)


main()
