# Large Drop the K-th from the End cases (10^5 nodes), deterministic: python3 generate.py OUTDIR
# Values are kept to one digit: the judge collects at most 1 MiB of function-mode results per
# run, and every case here returns a list of almost 10^5 nodes. Small k (a node near the end)
# is what makes "walk from every node to the end" quadratic.
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(20261303)
cases = [
    ("01-last-node", [random.randint(0, 9) for _ in range(100000)], 1),
    ("02-near-end-equal", [4] * 100000, 3),
    ("03-middle", [random.randint(0, 9) for _ in range(60000)], 30000),
]
for name, values, k in cases:
    n = len(values)
    with open(os.path.join(out, f"{name}.json"), "w") as f:
        json.dump({"args": [values, k], "expected": values[:n - k] + values[n - k + 1:]}, f)
