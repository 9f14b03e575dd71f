# Moves the bound to mid instead of past it: stalls on some numbers and runs out of guesses.
import sys

lo, hi = 1, 10**9
while True:
    mid = (lo + hi) // 2
    print("?", mid, flush=True)
    reply = sys.stdin.readline().strip()
    if reply == "correct" or not reply:
        break
    if reply == "larger":
        lo = mid
    else:
        hi = mid
