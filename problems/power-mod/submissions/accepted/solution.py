import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        a = int(data[1 + 3 * i])
        b = int(data[2 + 3 * i])
        m = int(data[3 + 3 * i])
        # Python's three-argument pow is fast modular exponentiation (square and
        # multiply), and pow(a, 0, 1) is 0 as the wheel with one position requires.
        out.append(pow(a, b, m))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
