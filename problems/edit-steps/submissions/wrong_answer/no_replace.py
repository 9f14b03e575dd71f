# Forgets the replace step: only insertions and deletions, so the answer becomes
# |s| + |t| - 2 * (longest common subsequence), and "a" -> "b" costs 2 instead of 1.
import sys

s, t = sys.stdin.read().split()[:2]
m = len(t)
prev = [0] * (m + 1)
for i in range(1, len(s) + 1):
    cur = [0] * (m + 1)
    for j in range(1, m + 1):
        if s[i - 1] == t[j - 1]:
            cur[j] = prev[j - 1] + 1
        else:
            cur[j] = max(prev[j], cur[j - 1])
    prev = cur
print(len(s) + len(t) - 2 * prev[m])
