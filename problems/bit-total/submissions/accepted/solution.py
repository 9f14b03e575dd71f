import sys


def total(n):
    """The number of 1 bits in 1, 2, ..., n."""
    # Walk the set bits of n from the highest. With `above` set bits higher than bit k,
    # the numbers that agree with n above bit k and have a 0 where n has its 1 at bit k
    # are 2^k numbers: they contribute `above` ones each from the high part, and the k
    # free low bits contribute k * 2^(k-1) ones in total. Together these cover 0..n-1.
    res = 0
    above = 0
    m = n
    while m:
        k = m.bit_length() - 1
        p = 1 << k
        res += (k * p >> 1) + above * p
        above += 1
        m ^= p
    return res + above  # add the ones of n itself


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = [total(int(x)) for x in data[1:1 + q]]
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
