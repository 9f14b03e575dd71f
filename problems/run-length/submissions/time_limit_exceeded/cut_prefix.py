# Correct, but removes each block from the front of the string with a slice, which
# copies the rest of the string every time: O(n * blocks), quadratic.
import sys

s = sys.stdin.readline().strip()
out = []
while s:
    c = s[0]
    k = len(s) - len(s.lstrip(c))
    out.append(c + str(k))
    s = s[k:]
print("".join(out))
