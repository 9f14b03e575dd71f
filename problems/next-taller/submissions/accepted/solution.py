import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    ans = [-1] * n
    # The stack holds the towers whose pigeon has not landed yet; their heights never
    # increase from the bottom to the top. A new tower is the landing roof of every
    # stacked tower that is strictly lower than it.
    stack = []
    for i in range(n):
        x = h[i]
        while stack and h[stack[-1]] < x:
            ans[stack.pop()] = x
        stack.append(i)
    sys.stdout.write(" ".join(map(str, ans)) + "\n")


main()
