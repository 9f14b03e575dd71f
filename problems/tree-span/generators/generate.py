# Large Tree Span cases (10^5 nodes: chains, a random tree, a broom, two long arms far below the
# root, a caterpillar), deterministic: python3 generate.py OUTDIR
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(20261212)
N = 100000


class Tree:
    # Parallel arrays: val[i], left[i], right[i] (-1 = none); node 0 is the root.
    def __init__(self):
        self.val, self.left, self.right = [], [], []

    def add(self, v=None):
        self.val.append(rng.randint(-10**9, 10**9) if v is None else v)
        self.left.append(-1)
        self.right.append(-1)
        return len(self.val) - 1


def hang(t, x, dirs):
    # A chain below node x, one new node per letter of dirs ("L"/"R"); returns its last node.
    for d in dirs:
        y = t.add()
        if d == "L":
            t.left[x] = y
        else:
            t.right[x] = y
        x = y
    return x


def chain(n, dirs):
    t = Tree()
    hang(t, t.add(), dirs[:n - 1])
    return t


def random_tree(n):
    t = Tree()
    t.add()
    free = [(0, 0), (0, 1)]
    for _ in range(n - 1):
        k = rng.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        p, side = free.pop()
        x = t.add()
        if side == 0:
            t.left[p] = x
        else:
            t.right[p] = x
        free += [(x, 0), (x, 1)]
    return t


def broom(n):
    # A chain of n/2 nodes with random turns, then a complete tree of n/2 nodes below its end.
    t = Tree()
    end = hang(t, t.add(), [rng.choice("LR") for _ in range(n // 2 - 1)])
    m = n - n // 2
    ids = [t.add() for _ in range(m)]
    t.right[end] = ids[0]
    for i in range(m):
        if 2 * i + 1 < m:
            t.left[ids[i]] = ids[2 * i + 1]
        if 2 * i + 2 < m:
            t.right[ids[i]] = ids[2 * i + 2]
    return t


def two_arms(n):
    # A stem of 30000 nodes from the root, then two arms of about 35000 nodes each: the longest
    # path turns far below the root.
    t = Tree()
    fork = hang(t, t.add(), [rng.choice("LR") for _ in range(29999)])
    rest = n - len(t.val)
    hang(t, fork, "L" + "".join(rng.choice("LR") for _ in range(rest // 2 - 1)))
    hang(t, fork, "R" + "".join(rng.choice("LR") for _ in range(rest - rest // 2 - 1)))
    return t


def caterpillar(n):
    # A spine running down to the left, every spine node with a leaf on its right.
    t = Tree()
    prev = -1
    for _ in range(n // 2):
        x = t.add()
        if prev >= 0:
            t.left[prev] = x
        t.right[x] = t.add()
        prev = x
    return t


def level_order(t):
    out, queue, i = [], [0], 0
    while i < len(queue):
        x = queue[i]
        i += 1
        if x < 0:
            out.append(None)
            continue
        out.append(t.val[x])
        queue += [t.left[x], t.right[x]]
    while out and out[-1] is None:
        out.pop()
    return out


def span(t):
    # Heights bottom-up over a preorder list reversed; the best path turns at some node.
    order, stack = [], [0]
    while stack:
        x = stack.pop()
        order.append(x)
        stack += [c for c in (t.left[x], t.right[x]) if c >= 0]
    height, best = [0] * len(t.val), 0
    for x in reversed(order):
        arms = [height[c] + 1 for c in (t.left[x], t.right[x]) if c >= 0]
        height[x] = max(arms, default=0)
        best = max(best, sum(arms))
    return best


cases = [
    ("01-left-chain", chain(N, "L" * N)),
    ("02-right-chain", chain(N, "R" * N)),
    ("03-zigzag-chain", chain(N, "LR" * N)),
    ("04-random", random_tree(N)),
    ("05-broom", broom(N)),
    ("06-two-arms-far-below", two_arms(N)),
    ("07-caterpillar", caterpillar(N)),
]
for name, t in cases:
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump({"args": [level_order(t)], "expected": span(t)}, f, separators=(",", ":"))
