# Meera: holds the number from the input file and answers "? x" with larger / smaller / correct.
# A malformed line, a 32nd guess, or the program ending first is a wrong answer (43).
import sys

secret = int(open(sys.argv[1]).read().split()[0])
feedback = sys.argv[3]


def reject(why):
    with open(feedback + "judgemessage.txt", "w") as f:
        f.write(why)
    sys.exit(43)


guesses = 0
while True:
    line = sys.stdin.readline()
    if not line:
        reject(f"the program ended after {guesses} guesses without finding the number")
    parts = line.split()
    if len(parts) != 2 or parts[0] != "?":
        reject(f"expected '? x', got {line.strip()[:40]!r}")
    try:
        x = int(parts[1])
    except ValueError:
        reject(f"not a whole number: {parts[1][:40]!r}")
    if not 1 <= x <= 10**9:
        reject(f"guess {x} is outside 1..10^9")
    guesses += 1
    if guesses > 31:
        reject("more than 31 guesses")
    if x == secret:
        print("correct", flush=True)
        sys.exit(42)
    print("larger" if x < secret else "smaller", flush=True)
