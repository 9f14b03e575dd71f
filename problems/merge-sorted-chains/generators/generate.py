# Large Merge Sorted Chains cases (10^5 nodes in all), deterministic: python3 generate.py OUTDIR
# Values are kept to one digit: the judge collects at most 1 MiB of function-mode results per
# run, and every case here returns a whole list of up to 10^5 nodes.
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(20261302)


def digits(n):
    return sorted(random.randint(0, 9) for _ in range(n))


cases = [
    # Random digits, equal halves: inserting from the front walks half a list per node.
    ("01-random-halves", digits(50000), digits(50000)),
    # Every node of the second list belongs after the whole first list.
    ("02-second-after-first", [1] * 50000, [2] * 50000),
    # Uneven: a long first list and a shorter second one spread over it.
    ("03-uneven", digits(45000), digits(15000)),
]
for name, a, b in cases:
    with open(os.path.join(out, f"{name}.json"), "w") as f:
        json.dump({"args": [a, b], "expected": sorted(a + b)}, f)
