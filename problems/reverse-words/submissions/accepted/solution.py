import sys


def main():
    lines = sys.stdin.buffer.read().split(b"\n")
    q = int(lines[0])
    out = []
    for i in range(1, q + 1):
        # split() with no argument treats any run of spaces as one separator and drops
        # leading and trailing spaces, so a blank line gives no words at all.
        words = lines[i].split() if i < len(lines) else []
        words.reverse()
        out.append(b" ".join([b"%d" % len(words)] + words))
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


main()
