import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    # Two pointers: the side whose wall so far is lower decides the water level of its
    # next column, because the other side is known to have a wall at least as tall.
    lo, hi = 0, n - 1
    left_max = right_max = 0
    total = 0
    while lo <= hi:
        if left_max <= right_max:
            x = h[lo]
            if x > left_max:
                left_max = x
            else:
                total += left_max - x
            lo += 1
        else:
            x = h[hi]
            if x > right_max:
                right_max = x
            else:
                total += right_max - x
            hi -= 1
    print(total)


main()
