# Large Tree Levels cases (10^5 nodes: chains, a complete tree, a random tree, a broom),
# deterministic: python3 generate.py OUTDIR
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(20261209)
N = 100000
V = 10**6  # smaller values keep each file (tree and answer) near 2 MB


class Tree:
    # Parallel arrays: val[i], left[i], right[i] (-1 = none); node 0 is the root.
    def __init__(self):
        self.val, self.left, self.right = [], [], []

    def add(self, v):
        self.val.append(v)
        self.left.append(-1)
        self.right.append(-1)
        return len(self.val) - 1


def value():
    return rng.randint(-V, V)


def chain(n, dirs, t=None):
    t = t or Tree()
    prev = -1
    for i in range(n):
        x = t.add(value())
        if prev >= 0:
            if dirs[i - 1] == "L":
                t.left[prev] = x
            else:
                t.right[prev] = x
        prev = x
    return t


def complete(n, t=None, top=None):
    t = t or Tree()
    ids = [t.add(value()) for _ in range(n)]
    for i in range(n):
        if 2 * i + 1 < n:
            t.left[ids[i]] = ids[2 * i + 1]
        if 2 * i + 2 < n:
            t.right[ids[i]] = ids[2 * i + 2]
    if top is not None:
        t.right[top] = ids[0]
    return t


def random_tree(n):
    t = Tree()
    t.add(value())
    free = [(0, 0), (0, 1)]
    for _ in range(n - 1):
        k = rng.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        p, side = free.pop()
        x = t.add(value())
        if side == 0:
            t.left[p] = x
        else:
            t.right[p] = x
        free += [(x, 0), (x, 1)]
    return t


def broom(n):
    # A chain of n/2 nodes with random turns, a complete tree of n/2 nodes on the right of its end.
    t = chain(n // 2, [rng.choice("LR") for _ in range(n // 2)])
    return complete(n - n // 2, t, top=n // 2 - 1)


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


def rows(t):
    res, row = [], [0]
    while row:
        res.append([t.val[x] for x in row])
        row = [c for x in row for c in (t.left[x], t.right[x]) if c >= 0]
    return res


cases = [
    ("01-left-chain", chain(N, "L" * N)),
    ("02-right-chain", chain(N, "R" * N)),
    ("03-zigzag-chain", chain(N, "RL" * N)),
    ("04-complete", complete(N)),
    ("05-random", random_tree(N)),
    ("06-broom", broom(N)),
]
for name, t in cases:
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump({"args": [level_order(t)], "expected": rows(t)}, f, separators=(",", ":"))
