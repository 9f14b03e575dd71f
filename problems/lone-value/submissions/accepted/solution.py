import sys
from functools import reduce
from operator import xor


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # x ^ x = 0 and x ^ 0 = x, in any order: the two copies of every paired value
    # cancel, and what is left is the lonely value (Python's ints keep the sign).
    print(reduce(xor, map(int, data[1:1 + n]), 0))


main()
