# Correct but slow: give every land cell its own label, then sweep the grid again and again,
# letting each cell take the smallest label among its neighbours, until nothing changes.
# A long winding island needs about one sweep per cell of its length.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    flat = b"." * w + b"".join(b"." + row + b"." for row in data[2:2 + r]) + b"." * w
    big = len(flat) + 1
    label = [p if flat[p] == 35 else big for p in range(len(flat))]
    cells = [p for p in range(len(flat)) if flat[p] == 35]
    changed = True
    while changed:
        changed = False
        for p in cells:
            m = min(label[p - 1], label[p + 1], label[p - w], label[p + w])
            if m < label[p]:
                label[p] = m
                changed = True
    print(sum(1 for p in cells if label[p] == p))


main()
