# Fills each column only up to the lower of its NEAREST taller neighbours on each side
# instead of the tallest column on each side, so a pool that covers a middle column is
# counted too shallow.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n]))
left = [-1] * n
stack = []
for i in range(n):
    while stack and h[stack[-1]] <= h[i]:
        stack.pop()
    left[i] = h[stack[-1]] if stack else -1
    stack.append(i)
right = [-1] * n
stack = []
for i in range(n - 1, -1, -1):
    while stack and h[stack[-1]] <= h[i]:
        stack.pop()
    right[i] = h[stack[-1]] if stack else -1
    stack.append(i)
total = 0
for i in range(n):
    if left[i] >= 0 and right[i] >= 0:
        total += min(left[i], right[i]) - h[i]
print(total)
