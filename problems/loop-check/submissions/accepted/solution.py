import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    xs = list(map(int, data[2:2 + 2 * m:2]))
    ys = list(map(int, data[3:3 + 2 * m:2]))
    # Compressed adjacency: the belts leaving station u end at
    # nxt[start[u]:start[u + 1]].
    start = [0] * (n + 2)
    indeg = [0] * (n + 1)
    for a in xs:
        start[a + 1] += 1
    for b in ys:
        indeg[b] += 1
    for i in range(1, n + 2):
        start[i] += start[i - 1]
    fill = start[:]
    nxt = [0] * m
    for a, b in zip(xs, ys):
        nxt[fill[a]] = b
        fill[a] += 1
    # Kahn's algorithm: keep removing stations that no remaining belt enters.
    # Every station gets removed exactly when there is no loop.
    order = [v for v in range(1, n + 1) if indeg[v] == 0]
    for u in order:
        for p in range(start[u], start[u + 1]):
            v = nxt[p]
            indeg[v] -= 1
            if indeg[v] == 0:
                order.append(v)
    sys.stdout.write("NO\n" if len(order) == n else "YES\n")


main()
