import sys


def main():
    s = sys.stdin.buffer.readline().strip().decode()
    out = []
    prev = s[0]
    cnt = 0
    for c in s:
        if c == prev:
            cnt += 1
        else:
            # The block of prev has ended: its letter, then its length.
            out.append(prev + str(cnt))
            prev = c
            cnt = 1
    out.append(prev + str(cnt))  # the last block is still open
    sys.stdout.write("".join(out) + "\n")


main()
