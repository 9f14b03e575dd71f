# Only compares each word with the word just before it, so a repeat that is not
# immediately after the first saying goes unnoticed.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
words = data[1:1 + n]
for i in range(1, n):
    if words[i] == words[i - 1]:
        print(words[i].decode())
        break
else:
    print(-1)
