# Leaves out the length of a block of one bead ("a3bc2" instead of "a3b1c2"), a
# common variant of run-length encoding that this statement does not use.
import sys

s = sys.stdin.readline().strip()
out = []
i = 0
while i < len(s):
    j = i
    while j < len(s) and s[j] == s[i]:
        j += 1
    out.append(s[i] + (str(j - i) if j - i > 1 else ""))
    i = j
print("".join(out))
