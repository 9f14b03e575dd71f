import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    # Pack each talk into one integer, finish in the high bits and start (< 2^30) in the
    # low bits, so a plain integer sort orders the talks by finish time.
    mask = (1 << 30) - 1
    talks = [e << 30 | s for s, e in zip(vals[0::2], vals[1::2])]
    talks.sort()
    # Greedy: among the talks that start after the last one taken has finished, the one
    # that finishes first leaves the most room for the rest.
    count = 0
    free_at = 0
    for t in talks:
        if t & mask >= free_at:
            count += 1
            free_at = t >> 30
    print(count)


main()
