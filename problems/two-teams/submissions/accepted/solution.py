import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    xs = list(map(int, data[2:2 + 2 * m:2]))
    ys = list(map(int, data[3:3 + 2 * m:2]))
    # Compressed adjacency: the rivals of person u are nbr[start[u]:start[u + 1]].
    start = [0] * (n + 2)
    for a in xs:
        start[a + 1] += 1
    for b in ys:
        start[b + 1] += 1
    for i in range(1, n + 2):
        start[i] += start[i - 1]
    fill = start[:]
    nbr = [0] * (2 * m)
    for a, b in zip(xs, ys):
        nbr[fill[a]] = b
        fill[a] += 1
        nbr[fill[b]] = a
        fill[b] += 1
    team = [0] * (n + 1)
    for s in range(1, n + 1):
        if team[s]:
            continue
        # Breadth-first search of s's group: rivals of team t join team 3 - t.
        team[s] = 1
        queue = [s]
        for u in queue:
            other = 3 - team[u]
            for p in range(start[u], start[u + 1]):
                v = nbr[p]
                if team[v] == 0:
                    team[v] = other
                    queue.append(v)
                elif team[v] != other:
                    sys.stdout.write("IMPOSSIBLE\n")
                    return
    sys.stdout.write(" ".join(map(str, team[1:])) + "\n")


main()
