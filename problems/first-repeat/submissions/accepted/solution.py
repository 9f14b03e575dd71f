import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    seen = set()
    for w in data[1:1 + n]:
        if w in seen:
            sys.stdout.write(w.decode() + "\n")
            return
        seen.add(w)
    sys.stdout.write("-1\n")


main()
