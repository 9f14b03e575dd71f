#!/usr/bin/env python3
"""Writes task-order's large tests into OUTDIR (argv[1]); answers by Kahn's algorithm."""
import os
import random
import sys

N = 200000
M = 200000


def solve(n, rules):
    after = [[] for _ in range(n + 1)]
    waiting = [0] * (n + 1)
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    order = [t for t in range(1, n + 1) if waiting[t] == 0]
    for a in order:
        for b in after[a]:
            waiting[b] -= 1
            if waiting[b] == 0:
                order.append(b)
    return "IMPOSSIBLE" if len(order) < n else " ".join(map(str, order))


def chain():
    # One long chain 1, n, n-1, ..., 2: the only valid order, and a deep one for a recursion.
    return N, [(1, N)] + [(i + 1, i) for i in range(N - 1, 1, -1)]


def random_dag(n, m):
    perm = list(range(1, n + 1))
    random.shuffle(perm)
    rules = []
    for _ in range(m):
        i, j = random.randrange(n), random.randrange(n)
        while i == j:
            j = random.randrange(n)
        if i > j:
            i, j = j, i
        rules.append((perm[i], perm[j]))
    return n, rules


def hidden_cycle():
    # A random DAG that many free tasks lead into, with one rule closing a long cycle.
    n, rules = random_dag(N, M - 1)
    perm = list(range(1, n + 1))
    random.shuffle(perm)
    chain = perm[: n // 2]
    rules = rules[: M - len(chain)]
    rules += [(chain[k], chain[k + 1]) for k in range(len(chain) - 1)]
    rules.append((chain[-1], chain[len(chain) // 3]))
    random.shuffle(rules)
    return n, rules


def layers():
    # 400 layers of 500 tasks; each rule joins a task to one in the next layer (repeats allowed).
    width = 500
    labels = list(range(1, N + 1))
    random.shuffle(labels)
    rules = []
    for _ in range(M):
        layer = random.randrange(N // width - 1)
        a = layer * width + random.randrange(width)
        b = (layer + 1) * width + random.randrange(width)
        rules.append((labels[a], labels[b]))
    return N, rules


def no_rules():
    return N, []


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(777)
    tests = [
        ("01-chain", chain()),
        ("02-random-dag", random_dag(N, M)),
        ("03-hidden-cycle", hidden_cycle()),
        ("04-layers", layers()),
        ("05-no-rules", no_rules()),
    ]
    for name, (n, rules) in tests:
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write("%d %d\n" % (n, len(rules)))
            f.write("".join("%d %d\n" % rule for rule in rules))
        with open(os.path.join(out, name + ".ans"), "w") as f:
            f.write(solve(n, rules) + "\n")


main()
