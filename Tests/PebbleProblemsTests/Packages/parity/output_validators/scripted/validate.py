# Accepts "even" or "odd" (any case) for the number in the input file.
import sys

n = int(open(sys.argv[1]).read())
said = sys.stdin.read().split()
want = "even" if n % 2 == 0 else "odd"
if len(said) == 1 and said[0].lower() == want:
    sys.exit(42)
with open(sys.argv[3] + "judgemessage.txt", "w") as f:
    f.write(f"expected {want}, got {' '.join(said)[:50]!r}")
sys.exit(43)
