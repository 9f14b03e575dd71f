import sys


def main():
    s = sys.stdin.buffer.read().strip()
    # For each closing byte, the opening byte it must match; 0 for opening bytes.
    match = [0] * 128
    match[41] = 40   # ) -> (
    match[93] = 91   # ] -> [
    match[125] = 123  # } -> {
    stack = []
    push = stack.append
    pop = stack.pop
    depth = 0
    best = 0
    for c in s:
        m = match[c]
        if m == 0:
            push(c)
            depth += 1
            if depth > best:
                best = depth
        else:
            if depth == 0 or pop() != m:
                print(-1)
                return
            depth -= 1
    print(best if depth == 0 else -1)


main()
