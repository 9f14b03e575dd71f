# Right strategy, but "thinks" a long time before every guess.
import sys

lo, hi = 1, 10**9
while lo <= hi:
    thought = 0
    for i in range(100_000_000):
        thought = (thought * 31 + i) % 1_000_003
    mid = (lo + hi) // 2
    print("?", mid, flush=True)
    reply = sys.stdin.readline().strip()
    if reply == "correct":
        break
    if reply == "larger":
        lo = mid + 1
    else:
        hi = mid - 1
