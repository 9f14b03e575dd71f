# Kahn's algorithm, but it only says IMPOSSIBLE when no task is free at the very start.
# A cycle that some free tasks lead into slips through, and the order printed is incomplete.
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
    order = [t for t in range(1, n + 1) if waiting[t] == 0]
    if not order:
        print("IMPOSSIBLE")
        return
    for a in order:
        for b in after[a]:
            waiting[b] -= 1
            if waiting[b] == 0:
                order.append(b)
    print(" ".join(map(str, order)))


main()
