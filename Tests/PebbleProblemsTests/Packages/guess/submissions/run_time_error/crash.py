print("? 1", flush=True)
reply = input()
print(1 // (len(reply) - len(reply)))
