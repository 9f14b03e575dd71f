# Large Search Tree Check cases (10^5 nodes: valid chains, a random and a balanced search tree,
# a deep violation), deterministic: python3 generate.py OUTDIR
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(20261210)
N = 100000
LO, HI = -2**31, 2**31 - 1


class Tree:
    # Parallel arrays: val[i], left[i], right[i] (-1 = none); node 0 is the root.
    def __init__(self):
        self.val, self.left, self.right = [], [], []

    def add(self, v):
        self.val.append(v)
        self.left.append(-1)
        self.right.append(-1)
        return len(self.val) - 1


def distinct(n):
    return sorted(rng.sample(range(LO, HI + 1), n))


def chain(values, dirs):
    t = Tree()
    for i, v in enumerate(values):
        x = t.add(v)
        if i:
            if dirs[i - 1] == "L":
                t.left[x - 1] = x
            else:
                t.right[x - 1] = x
    return t


def zigzag(sorted_values):
    # Smallest, largest, second smallest, second largest...: a valid chain turning R, L, R, L...
    n = len(sorted_values)
    lo, hi, order = 0, n - 1, []
    while lo <= hi:
        if len(order) % 2 == 0:
            order.append(sorted_values[lo])
            lo += 1
        else:
            order.append(sorted_values[hi])
            hi -= 1
    return chain(order, "RL" * n)


def insert_all(values):
    t = Tree()
    t.add(values[0])
    for v in values[1:]:
        x = 0
        while True:
            side = t.left if v < t.val[x] else t.right
            if side[x] < 0:
                side[x] = t.add(v)
                break
            x = side[x]
    return t


def balanced(sorted_values):
    t = Tree()
    stack = [(0, len(sorted_values) - 1, -1, None)]
    while stack:
        lo, hi, parent, side = stack.pop()
        if lo > hi:
            continue
        mid = (lo + hi) // 2
        x = t.add(sorted_values[mid])
        if parent >= 0:
            side[parent] = x
        stack.append((mid + 1, hi, x, t.right))
        stack.append((lo, mid - 1, x, t.left))
    return t


def escaped_zigzag():
    # A valid zigzag whose very last node leaves the interval its ancestors allow, while staying on
    # the correct side of its own parent.
    t = zigzag(distinct(N))
    last, parent, grand = N - 1, N - 2, N - 3
    t.val[last] = t.val[grand] - 1 if t.left[parent] == last else t.val[grand] + 1
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


def is_search_tree(t):
    # In-order values strictly increasing (iterative in-order walk).
    prev, stack, x = None, [], 0
    while stack or x >= 0:
        while x >= 0:
            stack.append(x)
            x = t.left[x]
        x = stack.pop()
        if prev is not None and t.val[x] <= prev:
            return False
        prev = t.val[x]
        x = t.right[x]
    return True


shuffled = distinct(N)
rng.shuffle(shuffled)
cases = [
    ("01-increasing-right-chain", chain(distinct(N), "R" * N)),
    ("02-decreasing-left-chain", chain(distinct(N)[::-1], "L" * N)),
    ("03-zigzag-chain", zigzag(distinct(N))),
    ("04-random", insert_all(shuffled)),
    ("05-balanced-both-ends", balanced(sorted(set(distinct(N - 2)) | {LO, HI}))),
    ("06-zigzag-escapes-at-bottom", escaped_zigzag()),
]
for name, t in cases:
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump({"args": [level_order(t)], "expected": is_search_tree(t)}, f, separators=(",", ":"))
