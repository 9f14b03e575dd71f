lo, hi = 1, 10**9
while True:
    mid = (lo + hi) // 2
    print("?", mid, flush=True)
    reply = input()
    if reply == "correct":
        break
    if reply == "larger":
        lo = mid + 1
    else:
        hi = mid - 1
