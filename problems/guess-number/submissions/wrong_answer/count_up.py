import sys

x = 1
while True:
    print("?", x, flush=True)
    if sys.stdin.readline().strip() == "correct":
        break
    x += 1
