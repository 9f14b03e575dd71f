import sys


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[1])
    s = data[2]  # bytes: iterating gives the letters' codes
    cnt = [0] * 128
    distinct = 0
    left = 0
    best = 0
    for right, c in enumerate(s):
        if cnt[c] == 0:
            distinct += 1
        cnt[c] += 1
        while distinct > k:
            d = s[left]
            cnt[d] -= 1
            if cnt[d] == 0:
                distinct -= 1
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    print(best)


main()
