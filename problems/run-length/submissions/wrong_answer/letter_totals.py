# Counts every colour over the whole string instead of per block: "aabaa" gives
# "a4b1" although the two blocks of a are separate.
import sys

s = sys.stdin.readline().strip()
count = {}
for c in s:
    count[c] = count.get(c, 0) + 1
print("".join(c + str(k) for c, k in count.items()))
