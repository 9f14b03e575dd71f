import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    # Pack each meeting into one integer (start in the high bits, end < 2^30 in the low
    # bits): sorting plain integers orders the meetings by start, and is fast.
    mask = (1 << 30) - 1
    packed = [s << 30 | e for s, e in zip(vals[0::2], vals[1::2])]
    packed.sort()
    # A min-heap of the end times of the rooms in use. In start order, a meeting reuses the
    # room that frees up first if it is free by the meeting's start (end <= start).
    ends = []
    for p in packed:
        s = p >> 30
        e = p & mask
        if ends and ends[0] <= s:
            heapq.heapreplace(ends, e)
        else:
            heapq.heappush(ends, e)
    print(len(ends))


main()
