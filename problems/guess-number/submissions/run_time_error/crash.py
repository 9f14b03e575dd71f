import sys

print("? 1", flush=True)
reply = sys.stdin.readline().strip()
answers = {"correct": 0}
print(answers[reply])
