# Correct but O(n^2): each round scans all tasks from the start for one that is free.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    after = [[] for _ in range(n + 1)]
    waiting = [0] * (n + 1)
    for i in range(2, 2 + 2 * m, 2):
        a, b = int(data[i]), int(data[i + 1])
        after[a].append(b)
        waiting[b] += 1
    placed = [False] * (n + 1)
    order = []
    for _ in range(n):
        found = 0
        for t in range(1, n + 1):
            if not placed[t] and waiting[t] == 0:
                found = t
                break
        if not found:
            print("IMPOSSIBLE")
            return
        placed[found] = True
        order.append(found)
        for b in after[found]:
            waiting[b] -= 1
    print(" ".join(map(str, order)))


main()
