import sys


def main():
    lines = sys.stdin.buffer.read().split()
    a, b = lines[0], lines[1]
    m = len(b)
    # prev[j]: fewest edits turning the first i-1 letters of a into the first j of b;
    # cur[j]: the same for the first i letters of a.
    prev = list(range(m + 1))
    for i in range(1, len(a) + 1):
        ca = a[i - 1]
        cur = [i] * (m + 1)
        left = i  # cur[j - 1]
        for j in range(1, m + 1):
            if b[j - 1] == ca:
                v = prev[j - 1]  # the letters already agree
            else:
                v = prev[j - 1]  # replace
                if prev[j] < v:
                    v = prev[j]  # delete a's letter
                if left < v:
                    v = left  # insert b's letter
                v += 1
            cur[j] = v
            left = v
        prev = cur
    print(prev[m])


main()
