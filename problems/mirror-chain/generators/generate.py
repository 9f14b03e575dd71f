# Large Mirror Chain cases (10^5 nodes), deterministic: python3 generate.py OUTDIR
# Palindromes, and near-palindromes that differ only in the central pair, force an answer to
# look at every pair; comparing each pair by walking from the head is then quadratic.
import json
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(20261305)
V = 10**9


def palindrome(n):
    half = [random.randint(-V, V) for _ in range(n // 2)]
    middle = [random.randint(-V, V)] if n % 2 else []
    return half + middle + half[::-1]


even = palindrome(100000)
odd = palindrome(99999)
centre = palindrome(100000)
centre[49999] = centre[50000] + 1 if centre[50000] < V else centre[50000] - 1
ends = palindrome(100000)
ends[0] = ends[-1] - 1 if ends[-1] > -V else ends[-1] + 1
cases = [
    ("01-even-palindrome", even),
    ("02-odd-palindrome", odd),
    ("03-centre-mismatch", centre),
    ("04-all-equal", [V] * 100000),
    ("05-ends-mismatch", ends),
]
for name, values in cases:
    with open(os.path.join(out, f"{name}.json"), "w") as f:
        json.dump({"args": [values], "expected": values == values[::-1]}, f)
