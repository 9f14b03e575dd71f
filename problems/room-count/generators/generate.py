#!/usr/bin/env python3
"""Writes the large tests of room-count into OUTDIR (deterministic).

Usage: generate.py OUTDIR
"""
import os
import random
import sys

N = 200000
LIM = 10 ** 9


def solve(meetings):
    """The answer: the largest number of meetings running at one minute.

    Ends sort before starts at the same minute, because [s, e) frees its room at e."""
    events = [(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings]
    events.sort()
    busy = best = 0
    for _, d in events:
        busy += d
        if busy > best:
            best = busy
    return best


def write(outdir, name, meetings):
    with open(os.path.join(outdir, name + ".in"), "w") as f:
        f.write("%d\n" % len(meetings))
        f.write("".join("%d %d\n" % m for m in meetings))
    with open(os.path.join(outdir, name + ".ans"), "w") as f:
        f.write("%d\n" % solve(meetings))


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(271828)

    # Nested meetings, all running at minute LIM / 2: every meeting needs its own room.
    starts = rng.sample(range(0, LIM // 2), N)
    write(outdir, "01-all-overlap", [(s, LIM - s) for s in starts])

    # Long random meetings: thousands of rooms.
    m = []
    for _ in range(N):
        s = rng.randint(0, LIM - 1)
        m.append((s, min(LIM, s + rng.randint(1, LIM // 10))))
    write(outdir, "02-random-long", m)

    # Short random meetings: few rooms.
    m = []
    for _ in range(N):
        s = rng.randint(0, LIM - 1000)
        m.append((s, s + rng.randint(1, 1000)))
    write(outdir, "03-random-short", m)

    # Four copies of a chain of meetings that touch end to start, shuffled: 4 rooms.
    cuts = sorted(rng.sample(range(1, LIM), N // 4 - 1))
    cuts = [0] + cuts + [LIM]
    m = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)] * 4
    rng.shuffle(m)
    write(outdir, "04-touching-chains", m)

    # A staircase: meeting i runs from minute i to minute i + 5000.
    m = [(i, i + 5000) for i in range(N)]
    rng.shuffle(m)
    write(outdir, "05-staircase", m)

    # Extremes: whole-day meetings, one-minute meetings at both ends, repeats.
    m = [(0, LIM)] * 1000 + [(0, 1)] * 1000 + [(LIM - 1, LIM)] * 1000
    while len(m) < N:
        s = rng.randint(0, LIM - 1)
        m.append((s, s + 1))
    rng.shuffle(m)
    write(outdir, "06-extremes", m)


if __name__ == "__main__":
    main()
