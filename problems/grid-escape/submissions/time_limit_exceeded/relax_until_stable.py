# Correct but slow: sweep the whole grid again and again, improving each cell from its
# neighbours, until nothing changes. A winding route needs about one sweep per step.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    w = c + 2
    flat = b"#" * w + b"".join(b"#" + row + b"#" for row in data[2:2 + r]) + b"#" * w
    start, end = flat.find(b"S"), flat.find(b"E")
    inf = 1 << 40
    dist = [inf] * len(flat)
    dist[start] = 0
    cells = [p for p in range(len(flat)) if flat[p] != 35 and p != start]
    changed = True
    while changed:
        changed = False
        for p in cells:
            d = min(dist[p - 1], dist[p + 1], dist[p - w], dist[p + w]) + 1
            if d < dist[p]:
                dist[p] = d
                changed = True
    print(dist[end] if dist[end] < inf else -1)


main()
