# Counts up from a, one at a time.
a, b = map(int, input().split())
s = a
step = 1 if b >= 0 else -1
for _ in range(abs(b)):
    s += step
print(s)
