# Large Two Sum cases (10^5 numbers, exactly one pair), deterministic: python3 generate.py OUTDIR
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(20261201)


def case(n, low, high):
    # Distinct values, none of which pairs with another to the target except the chosen two.
    values = random.sample(range(low, high), n)
    i, j = random.sample(range(n), 2)
    target = values[i] + values[j]
    seen = set()
    for k, v in enumerate(values):
        if k in (i, j):
            continue
        while target - v in seen or v in seen or v == values[i] or v == values[j] or target - v == v or target - v in (values[i], values[j]):
            v = random.randrange(low, high)
        values[k] = v
        seen.add(v)
    return values, target, sorted([i, j])


for index, (n, low, high) in enumerate([(100000, -10**9, 10**9), (100000, 0, 10**6), (100000, -10**5, 10**5)], 1):
    nums, target, answer = case(n, low, high)
    with open(os.path.join(out, f"{index:02d}-large.json"), "w") as f:
        json.dump({"args": [nums, target], "expected": answer}, f)
# The pair at the very end of a long list.
nums = list(range(1, 2 * 99998, 2)) + [10**9 - 1, 10**9]
with open(os.path.join(out, "04-last-two.json"), "w") as f:
    json.dump({"args": [nums, 2 * 10**9 - 1], "expected": [99998, 99999]}, f)
