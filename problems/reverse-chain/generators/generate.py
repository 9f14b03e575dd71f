# Large Reverse the Chain cases (10^5 nodes), deterministic: python3 generate.py OUTDIR
# Values are kept to one or two characters: the judge collects at most 1 MiB of function-mode
# results per run, and every case here returns a whole 10^5-node list.
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(20261301)
cases = [
    ("01-random-digits", [random.randint(0, 9) for _ in range(100000)]),
    ("02-all-equal", [7] * 100000),
    ("03-sawtooth", [i % 10 for i in range(60000)]),
]
for name, values in cases:
    with open(os.path.join(out, f"{name}.json"), "w") as f:
        json.dump({"args": [values], "expected": values[::-1]}, f)
