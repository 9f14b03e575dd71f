# Large Root-to-Leaf Sum cases (10^5 nodes: chains, a caterpillar, a random tree, a broom whose
# sums need 64 bits, a complete tree), deterministic: python3 generate.py OUTDIR
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(20261211)
N = 100000
B = 10**9


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
    return rng.randint(-B, B)


def chain(n, dirs, v=value):
    t = Tree()
    for i in range(n):
        x = t.add(v())
        if i:
            if dirs[i - 1] == "L":
                t.left[x - 1] = x
            else:
                t.right[x - 1] = x
    return t


def caterpillar(n):
    # A spine running down to the right, every spine node with a leaf on its left.
    t = Tree()
    prev = -1
    for _ in range(n // 2):
        x = t.add(value())
        if prev >= 0:
            t.right[prev] = x
        t.left[x] = t.add(value())
        prev = x
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


def complete(n, v=value, t=None, parent=-1):
    t = t or Tree()
    ids = [t.add(v()) for _ in range(n)]
    for i in range(n):
        if 2 * i + 1 < n:
            t.left[ids[i]] = ids[2 * i + 1]
        if 2 * i + 2 < n:
            t.right[ids[i]] = ids[2 * i + 2]
    if parent >= 0:
        t.left[parent] = ids[0]
    return t


def broom(n):
    # Every value 10^9: a chain of n/2 nodes, then a complete tree of n/2 nodes below it.
    t = chain(n // 2, [rng.choice("LR") for _ in range(n // 2)], v=lambda: B)
    return complete(n - n // 2, v=lambda: B, t=t, parent=n // 2 - 1)


def path_sums(t):
    # Sum from the root to every node, then split into leaves and inner nodes.
    s, stack = [0] * len(t.val), [0]
    s[0] = t.val[0]
    while stack:
        x = stack.pop()
        for c in (t.left[x], t.right[x]):
            if c >= 0:
                s[c] = s[x] + t.val[c]
                stack.append(c)
    leaves = [s[x] for x in range(len(s)) if t.left[x] < 0 and t.right[x] < 0]
    inner = [s[x] for x in range(len(s)) if t.left[x] >= 0 or t.right[x] >= 0]
    return leaves, inner


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


def inner_only(t):
    # A target reached only by stopping at an inner node: the answer is false.
    leaves, inner = path_sums(t)
    leaves = set(leaves)
    return next(v for v in reversed(inner) if v not in leaves)


def a_leaf(t):
    return rng.choice(path_sums(t)[0])


def missing(t):
    leaves = set(path_sums(t)[0])
    target = rng.randint(-10**12, 10**12)
    while target in leaves:
        target += 1
    return target


cases = []
t = chain(N, "L" * N)
cases.append(("01-left-chain-whole-sum", t, sum(t.val)))
t = chain(N, "R" * N)
cases.append(("02-right-chain-stops-early", t, inner_only(t)))
t = caterpillar(N)
cases.append(("03-caterpillar-no-match", t, missing(t)))
t = random_tree(N)
cases.append(("04-random-leaf", t, a_leaf(t)))
t = broom(N)
cases.append(("05-broom-64-bit", t, max(path_sums(t)[0])))
t = complete(N)
cases.append(("06-complete-no-match", t, missing(t)))
for name, t, target in cases:
    answer = target in set(path_sums(t)[0])
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump({"args": [level_order(t), target], "expected": answer}, f, separators=(",", ":"))
