# Correct, but collects the words of a line by inserting each one at the front of a
# list: every insert shifts the whole list, O(W^2) for a line with W words.
import sys

lines = sys.stdin.read().split("\n")
q = int(lines[0])
out = []
for i in range(1, q + 1):
    line = lines[i] if i < len(lines) else ""
    rev = []
    for w in line.split():
        rev.insert(0, w)
    out.append(" ".join([str(len(rev))] + rev))
print("\n".join(out))
