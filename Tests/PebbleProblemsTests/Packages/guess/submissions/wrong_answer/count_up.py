x = 1
while True:
    print("?", x, flush=True)
    if input() == "correct":
        break
    x += 1
