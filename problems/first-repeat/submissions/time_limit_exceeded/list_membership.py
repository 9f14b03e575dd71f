# Correct: remembers the words in a list, and "w in list" walks the whole list each time,
# so all-different input costs n^2 / 2 comparisons.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
said = []
for w in data[1:1 + n]:
    if w in said:
        print(w.decode())
        break
    said.append(w)
else:
    print(-1)
