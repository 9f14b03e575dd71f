# For every closing bracket, walks back over already matched brackets to find the
# nearest unmatched opening one. Correct, but quadratic on deeply nested ribbons.
import sys

s = sys.stdin.buffer.read().strip()
n = len(s)
pair = {41: 40, 93: 91, 125: 123}
matched = [False] * n
ok = True
for i in range(n):
    c = s[i]
    if c in pair:
        j = i - 1
        while j >= 0 and matched[j]:
            j -= 1
        if j < 0 or s[j] != pair[c]:
            ok = False
            break
        matched[i] = matched[j] = True
if ok and all(matched):
    depth = best = 0
    for c in s:
        if c in pair:
            depth -= 1
        else:
            depth += 1
            best = max(best, depth)
    print(best)
else:
    print(-1)
