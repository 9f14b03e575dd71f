# Takes the floating-point square root. A double has 53 bits of precision, so near
# large perfect squares the rounding lands on the wrong integer (10^18 - 1 -> 10^9).
import math
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
print("\n".join(str(int(math.sqrt(int(t)))) for t in data[1:1 + q]))
