# Large Middle of the Chain cases (about 10^5 nodes), deterministic: python3 generate.py OUTDIR
# Values are kept short: the judge collects at most 1 MiB of function-mode results per run, and
# every case here returns half of a 10^5-node list.
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(20261304)
cases = [
    ("01-even-digits", [random.randint(0, 9) for _ in range(100000)]),
    ("02-odd-hundreds", [random.randint(-999, 999) for _ in range(99999)]),
    ("03-all-equal", [1] * 100000),
]
for name, values in cases:
    with open(os.path.join(out, f"{name}.json"), "w") as f:
        json.dump({"args": [values], "expected": values[len(values) // 2:]}, f)
