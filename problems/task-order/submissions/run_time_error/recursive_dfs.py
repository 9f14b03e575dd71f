# Depth-first search that lists each task after everything that must follow it, then reverses.
# Correct, but a long chain of rules recurses deeper than Python allows: RecursionError.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    after = [[] for _ in range(n + 1)]
    for i in range(2, 2 + 2 * m, 2):
        after[int(data[i])].append(int(data[i + 1]))
    state = [0] * (n + 1)  # 0 new, 1 on the current path, 2 done
    finished = []

    def visit(a):
        state[a] = 1
        for b in after[a]:
            if state[b] == 1:
                return False
            if state[b] == 0 and not visit(b):
                return False
        state[a] = 2
        finished.append(a)
        return True

    for t in range(1, n + 1):
        if state[t] == 0 and not visit(t):
            print("IMPOSSIBLE")
            return
    print(" ".join(map(str, reversed(finished))))


main()
