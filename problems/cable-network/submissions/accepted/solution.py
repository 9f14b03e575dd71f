import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + 3 * m:3]))
    b = list(map(int, data[3:3 + 3 * m:3]))
    c = list(map(int, data[4:4 + 3 * m:3]))
    del data
    # Kruskal: take the cables from cheapest to dearest, keeping every cable
    # that joins two groups of farms not yet connected (union-find).
    order = sorted(range(m), key=c.__getitem__)
    parent = list(range(n + 1))
    total = 0
    joined = 0
    for i in order:
        x = a[i]
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        y = b[i]
        while parent[y] != y:
            parent[y] = parent[parent[y]]
            y = parent[y]
        if x != y:
            parent[x] = y
            total += c[i]
            joined += 1
            if joined == n - 1:
                break
    print(total if joined == n - 1 else -1)


main()
