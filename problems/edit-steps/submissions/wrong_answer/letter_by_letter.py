# Compares the words position by position and adds the difference in length: an
# insertion near the start then looks like many replacements ("abc" -> "bc" gives 3).
import sys

s, t = sys.stdin.read().split()[:2]
steps = sum(1 for x, y in zip(s, t) if x != y) + abs(len(s) - len(t))
print(steps)
