# Large Tree Height cases (10^5 nodes: chains, a caterpillar, a broom, a random tree),
# deterministic: python3 generate.py OUTDIR
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(20261207)
N = 100000


class Tree:
    # Parallel arrays: val[i], left[i], right[i] (-1 = none); node 0 is the root.
    def __init__(self):
        self.val, self.left, self.right = [], [], []

    def add(self, v):
        self.val.append(v)
        self.left.append(-1)
        self.right.append(-1)
        return len(self.val) - 1


def values(n):
    return [rng.randint(-10**9, 10**9) for _ in range(n)]


def chain(n, dirs):
    t = Tree()
    for i, v in enumerate(values(n)):
        x = t.add(v)
        if i:
            if dirs[i - 1] == "L":
                t.left[x - 1] = x
            else:
                t.right[x - 1] = x
    return t


def caterpillar(n):
    # A spine running down to the left, every spine node with a leaf on its right.
    t = Tree()
    prev = -1
    for _ in range(n // 2):
        x = t.add(rng.randint(-10**9, 10**9))
        if prev >= 0:
            t.left[prev] = x
        t.right[x] = t.add(rng.randint(-10**9, 10**9))
        prev = x
    return t


def random_tree(n):
    t = Tree()
    t.add(rng.randint(-10**9, 10**9))
    free = [(0, 0), (0, 1)]
    for _ in range(n - 1):
        k = rng.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        p, side = free.pop()
        x = t.add(rng.randint(-10**9, 10**9))
        if side == 0:
            t.left[p] = x
        else:
            t.right[p] = x
        free += [(x, 0), (x, 1)]
    return t


def broom(n):
    # A chain of n/2 nodes (random turns), then a complete tree of n/2 nodes hanging below it.
    t = chain(n // 2, [rng.choice("LR") for _ in range(n // 2)])
    base = n // 2 - 1
    m = n - n // 2
    ids = [t.add(v) for v in values(m)]
    t.left[base] = ids[0]
    for i in range(m):
        if 2 * i + 1 < m:
            t.left[ids[i]] = ids[2 * i + 1]
        if 2 * i + 2 < m:
            t.right[ids[i]] = ids[2 * i + 2]
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
        queue.append(t.left[x])
        queue.append(t.right[x])
    while out and out[-1] is None:
        out.pop()
    return out


def max_depth(t):
    best, stack = 0, [(0, 1)]
    while stack:
        x, d = stack.pop()
        best = max(best, d)
        for c in (t.left[x], t.right[x]):
            if c >= 0:
                stack.append((c, d + 1))
    return best


cases = [
    ("01-left-chain", chain(N, "L" * N)),
    ("02-right-chain", chain(N, "R" * N)),
    ("03-zigzag-chain", chain(N, "LR" * N)),
    ("04-caterpillar", caterpillar(N)),
    ("05-random", random_tree(N)),
    ("06-broom", broom(N)),
]
for name, t in cases:
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump({"args": [level_order(t)], "expected": max_depth(t)}, f, separators=(",", ":"))
