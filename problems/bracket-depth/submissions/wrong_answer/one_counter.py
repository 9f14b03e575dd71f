# Counts open brackets with a single counter and never checks that the kinds match,
# so "([)]" or "(]" look well formed.
import sys

s = sys.stdin.buffer.read().strip()
depth = best = 0
ok = True
for c in s:
    if c in b"([{":
        depth += 1
        best = max(best, depth)
    else:
        depth -= 1
        if depth < 0:
            ok = False
            break
print(best if ok and depth == 0 else -1)
