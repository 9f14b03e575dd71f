# Splits each line on a single space character, so every extra space (and a space at
# either end) yields an empty "word" that is counted: "a  b" is reported as 3 words.
import sys

lines = sys.stdin.read().split("\n")
q = int(lines[0])
out = []
for i in range(1, q + 1):
    line = lines[i] if i < len(lines) else ""
    words = line.split(" ") if line else []
    words.reverse()
    out.append(" ".join([str(len(words))] + words))
print("\n".join(out))
